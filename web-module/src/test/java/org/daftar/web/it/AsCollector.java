package org.daftar.web.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/** Test helper deployed with the integration suite: runs a call as the demo district's collector. */
@Stateless
@RunAs("COLLECTOR")
public class AsCollector {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
