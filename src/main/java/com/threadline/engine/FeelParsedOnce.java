package com.threadline.engine;

import camundajar.impl.scala.util.Either;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper.CompositeValueMapper;

/**
 * Camunda's FEEL engine, evaluating as it does, but on expressions parsed once per text. A parsed expression is an
 * immutable syntax tree, so one serves every thread; what varies (the variables, the clock) is read at evaluation.
 */
final class FeelParsedOnce extends ScalaFeelEngine {

    FeelParsedOnce(List<FeelCustomFunctionProvider> functionProviders) {
        super(functionProviders);
    }

    @Override
    protected FeelEngine buildFeelEngine(CustomFunctionTransformer functions, CompositeValueMapper values) {
        return new Parser(functions, values);
    }

    /** feel-scala's engine with its two parse steps remembered; its evaluation calls them by text. */
    static final class Parser extends FeelEngine {

        /** Texts kept at most; decision tables hold a few hundred, so only runaway texts would reach it. */
        static final int TEXTS_KEPT = 10_000;

        private final Map<String, Either<Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();
        private final Map<String, Either<Failure, ParsedExpression>> unaryTests = new ConcurrentHashMap<>();

        Parser(CustomFunctionTransformer functions, CompositeValueMapper values) {
            // as ScalaFeelEngine's own builder: no external (Java) functions
            super(functions, values, new FeelEngine.Configuration(false), FeelEngine.defaultClock());
        }

        @Override
        public Either<Failure, ParsedExpression> parseExpression(String expression) {
            return remembered(expressions, expression, super::parseExpression);
        }

        @Override
        public Either<Failure, ParsedExpression> parseUnaryTests(String expression) {
            return remembered(unaryTests, expression, super::parseUnaryTests);
        }

        private static Either<Failure, ParsedExpression> remembered(Map<String, Either<Failure, ParsedExpression>> kept,
                String text, Function<String, Either<Failure, ParsedExpression>> parse) {
            Either<Failure, ParsedExpression> parsed = kept.get(text);
            if (parsed == null) {
                if (kept.size() >= TEXTS_KEPT) {
                    kept.clear();
                }
                parsed = parse.apply(text);
                kept.put(text, parsed);
            }
            return parsed;
        }
    }
}
