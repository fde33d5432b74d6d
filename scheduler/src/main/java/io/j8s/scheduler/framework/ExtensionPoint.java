package io.j8s.scheduler.framework;

/** The extension points, with the interface a plugin implements to take part in each. */
public enum ExtensionPoint {
    QUEUE_SORT("queueSort", QueueSortPlugin.class),
    PRE_FILTER("preFilter", PreFilterPlugin.class),
    FILTER("filter", FilterPlugin.class),
    POST_FILTER("postFilter", PostFilterPlugin.class),
    PRE_SCORE("preScore", PreScorePlugin.class),
    SCORE("score", ScorePlugin.class),
    RESERVE("reserve", ReservePlugin.class),
    PERMIT("permit", PermitPlugin.class),
    PRE_BIND("preBind", PreBindPlugin.class),
    BIND("bind", BindPlugin.class);

    private final String configName;
    private final Class<? extends Plugin> type;

    ExtensionPoint(String configName, Class<? extends Plugin> type) {
        this.configName = configName;
        this.type = type;
    }

    /** The field name in KubeSchedulerConfiguration's {@code plugins}. */
    public String configName() {
        return configName;
    }

    public Class<? extends Plugin> type() {
        return type;
    }
}
