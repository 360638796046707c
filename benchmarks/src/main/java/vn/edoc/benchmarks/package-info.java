/**
 * Benchmarks that print numbers: JMH microbenchmarks of the edXML codec, run with {@code java -jar
 * benchmarks/target/benchmarks.jar}. Targets live here, never in timed unit tests.
 */
package vn.edoc.benchmarks;
