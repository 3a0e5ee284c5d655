/*
 * SQL statements per API call, from a MariaDB general log written while LifecycleLoad ran with
 * -Dbench.mark=true and C=1 (run-lifecycle-load.sh TRACE=1 does all of it). JDK only:
 *
 *   java bench/SqlTrace.java general.log APP_CONNECTION_IDS(comma-separated)
 *
 * Every "SELECT 'BENCH-MARK <kind> <step>'" starts a new call; the app's statements up to the next marker
 * are counted for it. Background transactions (the early-report replayer's poll, job acquisition) are left out.
 */

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class SqlTrace {

    static final Pattern LINE = Pattern.compile("^(?:\\d{6}\\s+\\d{1,2}:\\d{2}:\\d{2})?\\s+(\\d+) (\\w+(?: \\w+)?)\\t?(.*)$");
    static final Pattern MARK = Pattern.compile("SELECT 'BENCH-MARK ([^']*)'");
    static final Pattern TABLE = Pattern.compile("(?i)^(insert into|update|delete from)\\s+(\\w+)");
    static final Pattern SELECT_FROM = Pattern.compile("(?i)^select.*?\\bfrom\\s+(\\w+)", Pattern.DOTALL);

    static final class Call {
        int n;
        final Map<String, Integer> byKind = new TreeMap<>();
        final Map<String, Integer> byTable = new HashMap<>();
    }

    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.ISO_8859_1);
        Set<String> app = new HashSet<>(List.of(args[1].split(",")));
        List<String[]> stmts = new ArrayList<>(); // {connection, command, text}
        for (String l : lines) {
            Matcher m = LINE.matcher(l);
            if (m.matches()) {
                stmts.add(new String[] {m.group(1), m.group(2), m.group(3)});
            } else if (!stmts.isEmpty() && !l.isEmpty()) {
                String[] last = stmts.get(stmts.size() - 1);
                last[2] = last[2] + " " + l.trim();
            }
        }
        Map<String, Call> calls = new LinkedHashMap<>();
        Map<String, Integer> callCount = new HashMap<>();
        Map<String, Boolean> background = new HashMap<>();
        Map<String, Boolean> txStart = new HashMap<>();
        String current = null;
        Call totals = new Call();
        for (String[] s : stmts) {
            String sql = s[2].trim();
            Matcher mark = MARK.matcher(sql);
            if (mark.find()) {
                current = mark.group(1).trim();
                calls.computeIfAbsent(current, k -> new Call());
                callCount.merge(current, 1, Integer::sum);
                continue;
            }
            if (current == null || !app.contains(s[0]) || !(s[1].equals("Query") || s[1].equals("Execute"))) {
                continue;
            }
            String conn = s[0];
            String lower = sql.toLowerCase();
            boolean isSet = lower.startsWith("set ");
            boolean isEnd = lower.equals("commit") || lower.equals("rollback");
            if (!isSet && !isEnd && txStart.getOrDefault(conn, true)) {
                background.put(conn, lower.contains("from early_report er1_0 order by") || lower.contains("act_ru_job")
                        || lower.contains("from act_ru_meter_log") || lower.contains("act_ge_property"));
                txStart.put(conn, false);
            }
            boolean bg = background.getOrDefault(conn, false);
            if (isEnd) {
                txStart.put(conn, true);
                background.put(conn, false);
            }
            if (bg) {
                continue;
            }
            String kind = isSet ? "set" : lower.split("\\s+")[0];
            Call c = calls.get(current);
            c.n++;
            c.byKind.merge(kind, 1, Integer::sum);
            totals.n++;
            Matcher t = TABLE.matcher(sql);
            String table = null;
            if (t.find()) {
                table = t.group(1).split("\\s+")[0].toLowerCase() + " " + t.group(2);
            } else if (kind.equals("select")) {
                Matcher f = SELECT_FROM.matcher(sql);
                if (f.find()) {
                    table = "select " + f.group(1);
                }
            }
            if (table != null) {
                c.byTable.merge(table, 1, Integer::sum);
            }
        }
        System.out.printf("%-44s %5s %7s %6s %6s %6s %6s %6s %6s%n", "call (kind step)", "calls", "stmts/c", "select",
                "insert", "update", "delete", "commit", "set");
        int grand = 0;
        int grandCalls = 0;
        for (Map.Entry<String, Call> e : calls.entrySet()) {
            Call c = e.getValue();
            int k = callCount.get(e.getKey());
            grand += c.n;
            grandCalls += k;
            System.out.printf("%-44s %5d %7.1f %6.1f %6.1f %6.1f %6.1f %6.1f %6.1f%n", e.getKey(), k, c.n / (double) k,
                    per(c, "select", k), per(c, "insert", k), per(c, "update", k), per(c, "delete", k),
                    per(c, "commit", k), per(c, "set", k));
        }
        System.out.printf("%nall calls: %d statements in %d calls%n", grand, grandCalls);
        System.out.println("\nstatements by table, per call kind (top 8 each):");
        for (Map.Entry<String, Call> e : calls.entrySet()) {
            List<Map.Entry<String, Integer>> top = new ArrayList<>(e.getValue().byTable.entrySet());
            top.sort((a, b) -> b.getValue() - a.getValue());
            StringBuilder sb = new StringBuilder();
            int k = callCount.get(e.getKey());
            for (int i = 0; i < Math.min(8, top.size()); i++) {
                sb.append(String.format("%s %.1f; ", top.get(i).getKey(), top.get(i).getValue() / (double) k));
            }
            System.out.printf("  %-42s %s%n", e.getKey(), sb);
        }
    }

    static double per(Call c, String kind, int calls) {
        return c.byKind.getOrDefault(kind, 0) / (double) calls;
    }
}
