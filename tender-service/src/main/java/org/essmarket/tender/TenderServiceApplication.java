package org.essmarket.tender;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Public buyers' tenders, split into lots (some reserved by law), sealed bids and awards. */
@SpringBootApplication
public class TenderServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(TenderServiceApplication.class, args);
    }
}
