package com.threadline.inputs;

/** Through which channel an input came: typed in by a person (mobile page, Tasklist) or sent by a system. */
public enum InputSource {
    MANUAL,
    API;

    /** An input that does not say where it came from came through the API. */
    public static InputSource orDefault(InputSource source) {
        return source == null ? API : source;
    }
}
