/**
 * The directory's work that is plain JDBC and plain Java: the import of a CSV file (111,000 offices in one
 * transaction, so batched statements rather than JPA entities), its changes and the routing decisions. Tests and the
 * benchmark run it on H2 and MariaDB without a container.
 */
package vn.edoc.directory.control;
