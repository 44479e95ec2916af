package kz.govsite.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kz.govsite.Progress;

/** Keeps every line a run writes, warnings and information alike, from any thread. */
public final class RecordingProgress implements Progress {
    private final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void info(String message) {
        lines.add(message);
    }

    @Override
    public void warn(String message) {
        lines.add(message);
    }

    /** The lines so far, in the order written. */
    public List<String> lines() {
        return List.copyOf(lines);
    }
}
