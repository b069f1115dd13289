package dev.mledrill.store;

import java.io.IOException;
import java.nio.file.Path;

/** A separate process holding the H2 file open (as a local command does, without sharing it) until its stdin closes. */
public final class HoldDatabaseFile {
    private HoldDatabaseFile() {}

    public static void main(String[] args) throws IOException {
        try (Database db = Database.h2File(Path.of(args[0]))) {
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the database open until the parent closes our stdin
            }
        }
    }
}
