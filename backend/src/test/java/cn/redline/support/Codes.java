package cn.redline.support;

import cn.redline.org.OrgCodes;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh, valid official codes so tests never collide with each other or the demo tree. */
public final class Codes {

    private static final AtomicInteger NEXT = new AtomicInteger(100 + (int) Math.floorMod(System.nanoTime(), 700L));

    private Codes() {
    }

    /** A new 9-digit township code inside Nanming (520102xxx), above the demo's 001–004. */
    public static String nanmingTownship() {
        return Demo.NANMING + String.format("%03d", 100 + NEXT.getAndIncrement() % 899);
    }

    /** A new valid unified social credit code for an enterprise registered in Nanming. */
    public static String creditCode() {
        String first17 = "9152010200" + String.format("%07d", NEXT.getAndIncrement() * 7919 % 10_000_000);
        return first17 + OrgCodes.creditCheckChar(first17);
    }
}
