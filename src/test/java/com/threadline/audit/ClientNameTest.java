package com.threadline.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            Mozilla/5.0 (iPhone; CPU iPhone OS 17_1) AppleWebKit/605.1.15 Mobile/15E148 wxwork/4.1.22 MicroMessenger/7.0.1 | wxwork/4.1.22
            Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36 DingTalk/7.5.0          | DingTalk/7.5.0
            Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/120.0 Mobile Safari/537.36 MicroMessenger/8.0.47   | MicroMessenger/8.0.47
            Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0    | Edg/131.0.0.0
            Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36        | Chrome/131.0.0.0
            Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 Version/17.1 Safari/605.1.15               | Safari/605.1.15
            curl/8.5.0                                                                                                   | curl/8.5.0
            Apache-HttpClient/5.4.4 (Java/17.0.12)                                                                       | Apache-HttpClient/5.4.4
            ''                                                                                                           | unknown
            NULL                                                                                                         | unknown
            """)
    void namesTheInAppOrOrdinaryBrowserElseTheFirstProduct(String userAgent, String client) {
        assertThat(ClientName.of(userAgent)).isEqualTo(client);
    }
}
