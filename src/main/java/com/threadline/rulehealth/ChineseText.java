package com.threadline.rulehealth;

/**
 * The Chinese part of the bilingual texts the decision tables carry: names and labels read "优先级 priority",
 * annotations read "English sentences. 中文说明。". Analysts read the Chinese.
 */
final class ChineseText {

    private ChineseText() {
    }

    /** A name or label without its English tail: "已有 PO 交期 onOrder" → "已有 PO 交期". */
    static String ofName(String text) {
        if (text == null) {
            return "";
        }
        int last = lastHan(text);
        if (last < 0) {
            return text.trim();
        }
        int end = last + 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(0, end).trim();
    }

    /** An annotation from its first Chinese sentence on: "A P0 must… (SPEC). P0：30 分钟响应。" → "P0：30 分钟响应。". */
    static String ofAnnotation(String text) {
        if (text == null) {
            return "";
        }
        int first = firstHan(text);
        if (first < 0) {
            return text.trim();
        }
        int sentenceEnd = text.lastIndexOf(". ", first);
        return text.substring(sentenceEnd < 0 ? 0 : sentenceEnd + 2).trim();
    }

    private static int firstHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isHan(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int lastHan(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (isHan(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
