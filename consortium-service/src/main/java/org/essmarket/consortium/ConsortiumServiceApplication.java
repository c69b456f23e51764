package org.essmarket.consortium;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Groupements: ESS suppliers form a consortium online and bid jointly on a tender's lots. */
@SpringBootApplication
public class ConsortiumServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConsortiumServiceApplication.class, args);
    }
}
