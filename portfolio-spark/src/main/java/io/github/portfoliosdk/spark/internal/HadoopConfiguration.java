package io.github.portfoliosdk.spark.internal;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration (credentials of an object store, the default file system...) sent to the
 * executors that write the member folders; Hadoop's {@link Configuration} is not {@link Serializable} itself.
 */
public final class HadoopConfiguration implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private transient Configuration configuration;

    /** Wraps the configuration (not copied: do not change it afterwards). */
    public HadoopConfiguration(Configuration configuration) {
        this.configuration = configuration;
    }

    /** The configuration. */
    public Configuration get() {
        return configuration;
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        configuration.write(out);
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        configuration = new Configuration(false);
        configuration.readFields(in);
    }
}
