package bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * A delegate that does nothing for every {@code ${fooDelegate}} of processes/*.bpmn that has no stand-in of its own,
 * read from the BPMN so that a new service task needs no change here.
 */
@Component
class DoNothingDelegates implements BeanDefinitionRegistryPostProcessor {

    private static final Pattern DELEGATE = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)}\"");
    private static final JavaDelegate NOTHING = execution -> { };

    @Override
    public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
        try {
            for (Resource bpmn : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn")) {
                Matcher m = DELEGATE.matcher(bpmn.getContentAsString(StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!registry.containsBeanDefinition(m.group(1))) {
                        registry.registerBeanDefinition(m.group(1), new RootBeanDefinition(JavaDelegate.class, () -> NOTHING));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    }
}
