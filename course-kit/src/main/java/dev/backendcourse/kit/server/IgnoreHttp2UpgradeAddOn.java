package dev.backendcourse.kit.server;

import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * Serves a request that requests an upgrade to cleartext HTTP/2 ({@code Upgrade: h2c}) as plain HTTP/1.1, as the
 * HTTP specification allows a server to do.
 *
 * <p>Java's {@code HttpClient} sends that header by default, and so does {@code curl --http2}. Grizzly 4.0.2 without
 * its HTTP/2 module marks such a request as upgraded and waits for the upgrade to be handled, so the request never
 * reaches Jersey and the client times out. This filter, placed right after Grizzly's HTTP codec, takes the upgrade
 * back before the body is read.
 */
final class IgnoreHttp2UpgradeAddOn implements AddOn {

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        int codec = builder.indexOfType(HttpServerFilter.class);
        if (codec >= 0) {
            builder.add(codec + 1, new IgnoreHttp2UpgradeFilter());
        }
    }

    private static final class IgnoreHttp2UpgradeFilter extends BaseFilter {

        @Override
        public NextAction handleEvent(FilterChainContext context, FilterChainEvent event) {
            if (event instanceof HttpEvents.IncomingHttpUpgradeEvent upgrade) {
                HttpHeader header = upgrade.getHttpHeader();
                if ("h2c".equalsIgnoreCase(header.getUpgrade())) {
                    header.getUpgradeDC().recycle();
                    header.setIgnoreContentModifiers(false);
                    return context.getStopAction();
                }
            }
            return context.getInvokeAction();
        }
    }
}
