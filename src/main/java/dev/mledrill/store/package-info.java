/**
 * Storage on H2 or PostgreSQL: the {@code Database} (one opening path, Flyway migrations, H2
 * durability settings), and a {@code Jdbc*} implementation of each core store interface.
 */
package dev.mledrill.store;
