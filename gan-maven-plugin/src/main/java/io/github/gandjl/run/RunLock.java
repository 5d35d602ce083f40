package io.github.gandjl.run;

import io.github.gandjl.common.GanException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Makes sure only one process writes a run directory. The lock is an operating-system file lock,
 * which the system releases when its holder dies, so a killed run never leaves it stuck; the file
 * also says who holds it, for the message a second writer gets.
 */
final class RunLock implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock or fails at once.
     *
     * @throws GanException if another process (or this one) holds it, or the file cannot be made
     */
    static RunLock acquire(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel =
                FileChannel.open(
                        file,
                        StandardOpenOption.CREATE,
                        StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            String holder = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).trim();
            channel.close();
            throw new GanException(
                    "The run directory beside "
                            + file
                            + " is being written by another training run ("
                            + (holder.isEmpty() ? "holder unknown" : holder)
                            + "). Wait for it to end or stop it; only one process may write a run"
                            + " directory.");
        }
        channel.truncate(0);
        channel.write(
                ByteBuffer.wrap(
                        ("process "
                                        + ProcessHandle.current().pid()
                                        + " since "
                                        + Instant.now()
                                        + "\n")
                                .getBytes(StandardCharsets.UTF_8)));
        channel.force(false);
        return new RunLock(file, channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(file);
            lock.release();
        } finally {
            channel.close();
        }
    }
}
