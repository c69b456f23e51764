package org.essmarket.supplier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The directory of ESS suppliers (entreprises adaptées, ESAT, SIAE, cooperatives, associations). */
@SpringBootApplication
@EnableScheduling
public class SupplierServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(SupplierServiceApplication.class, args);
    }
}
