package com.threadline.web;

import java.util.List;

/** One page of a longer list as the API answers it: the items, which page of what size, and how many in all. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    /** The largest page any list answers. */
    public static final int MAX_SIZE = 200;
}
