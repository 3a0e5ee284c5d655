package com.threadline.notification;

/** How we learnt that a person had seen an alert. */
public enum ReadVia {
    /** They opened the alert's page through the link every message carries. */
    LINK,
    /** They read it in the in-app inbox, or confirmed handling in the app. */
    IN_APP,
    /** Their IM (DingTalk or Feishu) reported the message read. */
    IM
}
