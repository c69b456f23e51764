package org.essmarket.search;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs a job as two replicas would: twice at the same time, returning when both runs have ended. */
public final class TwoReplicas {

    private TwoReplicas() {
    }

    public static void runAtOnce(Runnable job) throws Exception {
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = List.of(replicas.submit(job), replicas.submit(job));
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            replicas.shutdown();
        }
    }
}
