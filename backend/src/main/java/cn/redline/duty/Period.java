package cn.redline.duty;

import cn.redline.platform.Times;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One period of a requirement: its type, a stable key and its first and last local day (Asia/Shanghai, both
 * inclusive). It ends at 24:00 of its last day, i.e. 00:00 of the next day in China (§1.1); keys are
 * {@code 2026}, {@code 2026-H1}, {@code 2026-Q3}, {@code 2026-07}, {@code 2025-03-14+24M} and {@code 2026-05-01+30D}.
 */
public record Period(PeriodType type, String key, LocalDate first, LocalDate last) {

    private static final Pattern KEY = Pattern.compile(
            "(\\d{4})|(\\d{4})-H([12])|(\\d{4})-Q([1-4])|(\\d{4})-(\\d{2})|(\\d{4}-\\d{2}-\\d{2})\\+24M|(\\d{4}-\\d{2}-\\d{2})\\+(\\d{1,4})D");

    /** The calendar period of {@code type} holding {@code day} (YEAR, HALF_YEAR with calendar halves, QUARTER, MONTH). */
    public static Period containing(PeriodType type, LocalDate day) {
        int y = day.getYear();
        return switch (type) {
            case YEAR -> new Period(type, String.valueOf(y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
            case HALF_YEAR -> day.getMonthValue() <= 6
                    ? new Period(type, y + "-H1", LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30))
                    : new Period(type, y + "-H2", LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31));
            case QUARTER -> {
                int q = (day.getMonthValue() - 1) / 3 + 1;
                LocalDate first = LocalDate.of(y, q * 3 - 2, 1);
                yield new Period(type, y + "-Q" + q, first, first.plusMonths(3).minusDays(1));
            }
            case MONTH -> {
                YearMonth m = YearMonth.from(day);
                yield new Period(type, m.toString(), m.atDay(1), m.atEndOfMonth());
            }
            case ROLLING_24M, EVENT -> throw new IllegalArgumentException(type + " periods start at an event: use rolling24m or afterEvent");
        };
    }

    /** The 24 months from {@code since} (the last satisfying event, or the rule's start): due by the day before the same date 2 years on. */
    public static Period rolling24m(LocalDate since) {
        return new Period(PeriodType.ROLLING_24M, since + "+24M", since, since.plusMonths(24).minusDays(1));
    }

    /** The day of {@code event} and the {@code days} days after it (e.g. an evaluation due 15 days after a drill). */
    public static Period afterEvent(LocalDate event, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative");
        }
        return new Period(PeriodType.EVENT, event + "+" + days + "D", event, event.plusDays(days));
    }

    /** The period a key names; IllegalArgumentException for anything else. */
    public static Period parse(String key) {
        Matcher m = KEY.matcher(key == null ? "" : key);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period key: " + key);
        }
        try {
            if (m.group(1) != null) {
                return containing(PeriodType.YEAR, LocalDate.of(Integer.parseInt(m.group(1)), 1, 1));
            }
            if (m.group(2) != null) {
                return containing(PeriodType.HALF_YEAR, LocalDate.of(Integer.parseInt(m.group(2)), m.group(3).equals("1") ? 1 : 7, 1));
            }
            if (m.group(4) != null) {
                return containing(PeriodType.QUARTER, LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)) * 3 - 2, 1));
            }
            if (m.group(6) != null) {
                return containing(PeriodType.MONTH, LocalDate.of(Integer.parseInt(m.group(6)), Integer.parseInt(m.group(7)), 1));
            }
            if (m.group(8) != null) {
                return rolling24m(LocalDate.parse(m.group(8)));
            }
            return afterEvent(LocalDate.parse(m.group(9)), Integer.parseInt(m.group(10)));
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a period key: " + key, e);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** 24:00 of the last day in China: the first instant no longer inside the period. */
    public Instant end() {
        return last.plusDays(1).atStartOfDay(Times.ZONE).toInstant();
    }

    /** The end of late entry: {@code graceDays} whole days after {@link #end()}. */
    public Instant graceEnd(int graceDays) {
        return last.plusDays(1L + graceDays).atStartOfDay(Times.ZONE).toInstant();
    }

    /** Whether evidence dated {@code date} and entered at {@code enteredAt} counts for this period, and whether late. */
    public EvidenceTiming timing(LocalDate date, Instant enteredAt, int graceDays) {
        if (!contains(date)) {
            return EvidenceTiming.OUTSIDE;
        }
        if (enteredAt.isBefore(end())) {
            return EvidenceTiming.ON_TIME;
        }
        return enteredAt.isBefore(graceEnd(graceDays)) ? EvidenceTiming.LATE : EvidenceTiming.TOO_LATE;
    }

    /** Whole days from {@code today} to the end of the period, today included (1 on the last day, 0 once it ended). */
    public long daysLeft(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(today, last.plusDays(1)));
    }
}
