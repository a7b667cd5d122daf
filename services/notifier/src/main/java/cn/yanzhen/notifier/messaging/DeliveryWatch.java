package cn.yanzhen.notifier.messaging;

import cn.yanzhen.notifier.deliveries.application.DeliverySending;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends the deliveries that are due, on a schedule; what is due follows the service's clock (tests move it). */
@ApplicationScoped
public class DeliveryWatch {

    private final DeliverySending sending;

    DeliveryWatch(DeliverySending sending) {
        this.sending = sending;
    }

    @Scheduled(every = "${yanzhen.notifier.send-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void sendDue() {
        sending.sendDue();
    }
}
