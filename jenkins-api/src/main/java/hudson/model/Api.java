package hudson.model;

public class Api {
    public final Object bean;

    public Api(Object bean) {
        this.bean = bean;
    }
}
