package org.paperkg.spark;

import com.codahale.metrics.MetricRegistry;
import org.apache.spark.SparkConf;
import org.apache.spark.metrics.sink.MetricsServlet;
import org.sparkproject.jetty.servlet.ServletContextHandler;

import java.util.Properties;

/**
 * Spark's metrics servlet without its servlet, for Spark inside the test JVM: the project's class path has the servlet
 * API 6.1 that Fuseki's Jetty 12 needs, where Spark 4.1's own (shaded) Jetty 11 wants 5.0 and fails on
 * {@code jakarta.servlet.SingleThreadModel}. With the UI off, this servlet is the only one Spark starts.
 * {@code spark-submit} runs with Spark's own jars and needs none of this.
 */
public class NoMetricsServlet extends MetricsServlet {
    /** The Spark setting that puts this class in place of the metrics servlet. */
    static final String CONF = "spark.metrics.conf.*.sink.servlet.class";

    public NoMetricsServlet(Properties property, MetricRegistry registry) {
        super(property, registry);
    }

    @Override
    public ServletContextHandler[] getHandlers(SparkConf conf) {
        return new ServletContextHandler[0];
    }
}
