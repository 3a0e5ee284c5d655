package com.threadline.engine;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Gives the engine's DMN engine a FEEL engine that parses each expression once ({@link FeelParsedOnce}): the
 * default one parses every input entry of a decision table at every evaluation, which was more than half of what
 * a decision cost (a new order's stock check, an exception's grading, roles, deadlines and channels).
 */
@Component
class FeelParsedOncePlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
                ? configuration.getDmnEngineConfiguration()
                : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        // the engine sets its custom FEEL functions on this configuration before it asks for the FEEL engine
        dmn.setFeelEngineFactory(() -> new FeelParsedOnce(dmn.getFeelCustomFunctionProviders()));
        configuration.setDmnEngineConfiguration(dmn);
    }
}
