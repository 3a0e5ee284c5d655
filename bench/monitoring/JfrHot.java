import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU went in a JFR recording (JDK only): {@code java JfrHot.java rec.jfr [TOP] [THREAD-SUBSTRING]}.
 * Prints the hottest methods by self samples and by inclusive samples (each method counted once per stack),
 * optionally only for threads whose name contains THREAD-SUBSTRING (e.g. "http-nio", "JobExecutor").
 */
public class JfrHot {

    public static void main(String[] args) throws Exception {
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        String threadFilter = args.length > 2 ? args[2] : null;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> inclusive = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
            if (thread == null) {
                thread = "?";
            }
            threads.merge(thread.replaceAll("-\\d+$", "-N"), 1, Integer::sum);
            if (threadFilter != null && !thread.contains(threadFilter)) {
                continue;
            }
            total++;
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (!frames.isEmpty()) {
                self.merge(name(frames.get(0)), 1, Integer::sum);
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String n = name(f);
                if (seen.add(n)) {
                    inclusive.merge(n, 1, Integer::sum);
                }
            }
        }
        System.out.println("samples by thread: " + sorted(threads, 15));
        System.out.println("samples counted: " + total);
        System.out.println("-- self");
        print(self, top, total);
        System.out.println("-- inclusive");
        print(inclusive, top, total);
    }

    static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }

    static List<Map.Entry<String, Integer>> sorted(Map<String, Integer> m, int top) {
        List<Map.Entry<String, Integer>> l = new ArrayList<>(m.entrySet());
        l.sort((a, b) -> b.getValue() - a.getValue());
        return l.subList(0, Math.min(top, l.size()));
    }

    static void print(Map<String, Integer> m, int top, int total) {
        for (Map.Entry<String, Integer> e : sorted(m, top)) {
            System.out.printf("%6d %5.1f%%  %s%n", e.getValue(), 100.0 * e.getValue() / Math.max(1, total), e.getKey());
        }
    }
}
