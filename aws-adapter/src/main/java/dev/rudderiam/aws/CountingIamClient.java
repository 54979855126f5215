package dev.rudderiam.aws;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * Wraps the caller's {@link IamClient} and counts the API calls made through it: operations named {@code Get*} or
 * {@code List*} are reads, every other operation taking a request is a write. Methods without a request
 * ({@code serviceName}, {@code close}, ...) are passed on uncounted. A call counts once however many HTTP attempts
 * the SDK's retry strategy makes inside it.
 */
final class CountingIamClient implements InvocationHandler {
    private final IamClient delegate;
    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();
    private final IamClient proxy;

    private CountingIamClient(IamClient delegate) {
        this.delegate = delegate;
        this.proxy = (IamClient) Proxy.newProxyInstance(IamClient.class.getClassLoader(),
                new Class<?>[] {IamClient.class}, this);
    }

    /** {@return a counter over {@code delegate}} */
    static CountingIamClient over(IamClient delegate) {
        return new CountingIamClient(Objects.requireNonNull(delegate, "IamClient"));
    }

    /** {@return the client to make counted calls through} */
    public IamClient client() {
        return proxy;
    }

    /** {@return the read calls made so far} */
    public int reads() {
        return reads.get();
    }

    /** {@return the write calls made so far} */
    public int writes() {
        return writes.get();
    }

    @Override
    public Object invoke(Object self, Method method, Object[] args) throws Throwable {
        if (method.getDeclaringClass() == Object.class) {
            return objectMethod(method, args);
        }
        if (args != null && args.length > 0) {
            String name = method.getName();
            (name.startsWith("get") || name.startsWith("list") ? reads : writes).incrementAndGet();
        }
        try {
            return method.invoke(delegate, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private Object objectMethod(Method method, Object[] args) {
        switch (method.getName()) {
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            default:
                return "counting " + delegate;
        }
    }
}
