package com.threadline.exception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * decisions/responsible-roles.dmn (COLLECT): the roles column is the exact set of groups, separated by
 * spaces; an empty cell is null, '' is the empty string.
 */
class ResponsibleRolesDecisionTest {

    @RegisterExtension
    static final DecisionUnderTest ROLES =
            DecisionUnderTest.load("responsible-roles.dmn", "ResponsibleRoles");

    @ParameterizedTest(name = "[{index}] {arguments}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            type,                   priority, ownerRole,    roles
            # P0: business owner and GM, plus the purchaser for a material delay
            DELIVERY_DELAY,         P0,       merchandiser, businessOwner gm
            MATERIAL_DELAY,         P0,       purchaser,    businessOwner gm purchaser
            CAPACITY_SHORTFALL,     P0,       planner,      businessOwner gm
            # P1: purchaser and merchandiser, whatever the type
            MATERIAL_DELAY,         P1,       purchaser,    purchaser merchandiser
            DESIGN_CHANGE,          P1,       tech,         purchaser merchandiser
            LOGISTICS_DEVIATION,    P1,       ,             purchaser merchandiser
            # P2: tech and planner for a design change, otherwise merchandiser and planner
            DESIGN_CHANGE,          P2,       tech,         tech planner
            DELIVERY_DELAY,         P2,       merchandiser, merchandiser planner
            MATERIAL_DELAY,         P2,       purchaser,    merchandiser planner
            PRODUCTION_NOT_STARTED, P2,       planner,      merchandiser planner
            ,                       P2,       ,             merchandiser planner
            # P3: the milestone's owner role, or the merchandiser when there is none
            DELIVERY_DELAY,         P3,       planner,      planner
            MATERIAL_DELAY,         P3,       qc,           qc
            DESIGN_CHANGE,          P3,       tech,         tech
            DELIVERY_DELAY,         P3,       ,             merchandiser
            DELIVERY_DELAY,         P3,       '',           merchandiser
            # no known priority: nobody
            DELIVERY_DELAY,         P9,       merchandiser,
            DELIVERY_DELAY,         ,         merchandiser,
            """)
    void picksTheResponsibleRoles(String type, String priority, String ownerRole, String roles) {
        DmnDecisionResult result = ROLES.evaluate(Variables
                .putValue("type", type)
                .putValue("priority", priority)
                .putValue("ownerRole", ownerRole));

        List<String> expected = roles == null ? List.of() : List.of(roles.split(" "));
        List<String> actual = result.collectEntries("role");
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void anOwnerRoleThatIsNotSetCountsAsNone() {
        DmnDecisionResult result = ROLES.evaluate(Variables
                .putValue("type", "DELIVERY_DELAY")
                .putValue("priority", "P3"));

        assertThat(result.<String>collectEntries("role")).containsExactly("merchandiser");
    }

    @Test
    void everyRuleIsExplainedInTheAnnotationColumn() {
        ROLES.assertEveryRuleIsExplained();
    }
}
