package org.spatiallift.engine.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Runs one {@code @FuzzTest} method under Jazzer's command-line driver, which only calls a static
 * {@code fuzzerTestOneInput} (benchmark-tool/scripts/fuzz.sh). The method is named by the system property
 * {@code spatiallift.fuzz.target} as {@code fully.qualified.Class#method}; a {@code byte[]} target gets all the
 * input's bytes, so that a crash file replays the same way in the JUnit regression run.
 */
public final class FuzzHarness {

    private static Method method;
    private static Object instance;
    private static boolean takesProvider;

    private FuzzHarness() {
    }

    public static void fuzzerInitialize() throws ReflectiveOperationException {
        String target = System.getProperty("spatiallift.fuzz.target", "");
        int hash = target.indexOf('#');
        if (hash < 0) {
            throw new IllegalArgumentException("set -Dspatiallift.fuzz.target=fully.qualified.Class#method");
        }
        Class<?> cls = Class.forName(target.substring(0, hash));
        String name = target.substring(hash + 1);
        for (Method m : cls.getDeclaredMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == 1) {
                method = m;
            }
        }
        if (method == null) {
            throw new IllegalArgumentException(target + ": no such fuzz test");
        }
        takesProvider = method.getParameterTypes()[0] == FuzzedDataProvider.class;
        method.setAccessible(true);
        var constructor = cls.getDeclaredConstructor();
        constructor.setAccessible(true);
        instance = constructor.newInstance();
    }

    public static void fuzzerTestOneInput(FuzzedDataProvider data) throws Throwable {
        try {
            method.invoke(instance, takesProvider ? data : data.consumeRemainingAsBytes());
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
