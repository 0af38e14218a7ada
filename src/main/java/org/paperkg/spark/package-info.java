/** The Spark job: the same extraction as {@code build}, spread over a cluster, written as gzip N-Quads for {@code load}. */
package org.paperkg.spark;
