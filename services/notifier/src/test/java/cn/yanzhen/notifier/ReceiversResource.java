package cn.yanzhen.notifier;

import cn.yanzhen.platform.testing.FreePort;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Starts what the notifier sends to: GreenMail's SMTP server and the {@link RobotReceiver}, on free
 * ports, and points the notifier at them; the sender looks for due deliveries every second.
 */
public class ReceiversResource implements QuarkusTestResourceLifecycleManager {

    private static GreenMail mail;
    private static RobotReceiver robots;

    public static GreenMail mail() {
        return mail;
    }

    public static RobotReceiver robots() {
        return robots;
    }

    @Override
    public Map<String, String> start() {
        int smtp = FreePort.pick();
        mail = new GreenMail(new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        robots = new RobotReceiver(FreePort.pick());
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", Integer.toString(smtp),
                "yanzhen.notifier.send-every", "1s",
                "yanzhen.notifier.project-page-base", "https://yanzhen.test/projects");
    }

    @Override
    public void stop() {
        if (mail != null) {
            mail.stop();
        }
        if (robots != null) {
            robots.close();
        }
    }
}
