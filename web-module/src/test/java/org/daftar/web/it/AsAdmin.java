package org.daftar.web.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import java.util.concurrent.Callable;

/** Test helper deployed with the integration suite: runs a call as the administrator role. */
@Stateless
@RunAs("ADMIN")
public class AsAdmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
