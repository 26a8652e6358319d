package dev.codatsandbox.pipeline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Requests are told apart by method and path, whoever serves them; a list's page is read leniently. */
class ClassifiedRequestTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", textBlock = """
            GET,    /companies/ABC/data/customers,                       null, list,        abc,  1
            GET,    /companies/abc/data/customers,                       3,    list,        abc,  3
            GET,    /companies/abc/data/customers,                       x,    list,        abc,  null
            GET,    /companies/abc/data/customers/71,                    null, get,         abc,  null
            POST,   /companies/abc/connections/c1/push/customers,        null, push-create, abc,  null
            PUT,    /companies/abc/connections/c1/push/customers/71,     null, push-update, abc,  null
            GET,    /companies/abc/push,                                 null, push-poll,   abc,  null
            GET,    /companies/abc/push/k1,                              null, push-poll,   abc,  null
            GET,    /companies,                                          null, platform,    null, null
            POST,   /companies,                                          null, platform,    null, null
            GET,    /companies/abc,                                      null, platform,    abc,  null
            GET,    /companies/abc/connections,                          null, platform,    abc,  null
            GET,    /companies/abc/dataStatus,                           null, platform,    abc,  null
            DELETE, /companies/abc/data/customers,                       null, other,       abc,  null
            GET,    /elsewhere,                                          null, other,       null, null
            get,    /companies/abc/data/customers/,                      null, list,        abc,  1
            GET,    /companies/abc/connections/c1,                       null, platform,    abc,  null
            POST,   /companies/abc/connections/c1/push/customers/71,     null, other,       abc,  null
            PUT,    /companies/abc/connections/c1/push/customers,        null, other,       abc,  null
            GET,    /companies/abc/push/k1/more,                         null, other,       abc,  null
            GET,    /companies//data/customers,                          null, other,       null, null
            GET,    /companies/abc//customers,                           null, other,       abc,  null
            GET,    /companiesabc/data/customers,                        null, other,       null, null
            GET,    /companies/abc/data/customers/71/more,               null, other,       abc,  null
            GET,    /companies/abc/dataStatus/x,                         null, other,       abc,  null
            GET,    /,                                                   null, other,       null, null
            """)
    void operationCompanyAndPageAreToldFromTheRequest(String method, String path, String page, String operation,
            String company, Integer pageNumber) {
        ClassifiedRequest request = ClassifiedRequest.of(method, path, page);

        assertEquals(operation, request.operation().wireName());
        assertEquals(company, request.company());
        assertEquals(pageNumber, request.page());
    }
}
