package com.threadline.export;

import java.io.IOException;
import java.io.OutputStream;

/** A stream that opens the one it writes to only when the first byte comes. */
final class FirstByteOpens extends OutputStream {

    private final Opener opener;
    private OutputStream target;

    FirstByteOpens(Opener opener) {
        this.opener = opener;
    }

    @Override
    public void write(int b) throws IOException {
        target().write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        target().write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
        if (target != null) {
            target.flush();
        }
    }

    private OutputStream target() throws IOException {
        if (target == null) {
            target = opener.open();
        }
        return target;
    }

    interface Opener {
        OutputStream open() throws IOException;
    }
}
