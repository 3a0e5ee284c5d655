package com.threadline.access;

/** A login and the name pages show for it. */
record LoginName(String login, String displayName) {
}
