package com.threadline.rulehealth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Chinese part of the decision tables' bilingual names, labels and annotations. */
class ChineseTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "审批层级 Approval levels|审批层级",
            "已有 PO 交期 onOrder|已有 PO 交期",
            "审批角色（依次） levels|审批角色（依次）",
            "免打扰时段 quietHours|免打扰时段",
            "Only English|Only English"})
    void aNameKeepsItsChinese(String text, String expected) {
        assertThat(ChineseText.ofName(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "A P0 must be answered within 30 minutes and needs a solution plan within 2 hours (SPEC). P0：30 分钟响应，2 小时出方案。"
                    + "|P0：30 分钟响应，2 小时出方案。",
            "Catch-all: any other type is P2; add rules above it. 兜底：其他类型或缺少天数的异常按 P2 处理。"
                    + "|兜底：其他类型或缺少天数的异常按 P2 处理。",
            "全中文说明。|全中文说明。",
            "No Chinese at all.|No Chinese at all."})
    void anAnnotationKeepsItsChineseSentences(String text, String expected) {
        assertThat(ChineseText.ofAnnotation(text)).isEqualTo(expected);
    }
}
