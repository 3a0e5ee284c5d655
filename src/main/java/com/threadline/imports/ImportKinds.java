package com.threadline.imports;

import com.threadline.web.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every kind that plugs into the engine, by code. */
@Component
class ImportKinds {

    private final List<ImportKind> kinds;

    ImportKinds(List<ImportKind> kinds) {
        this.kinds = kinds;
    }

    ImportKind require(String code) {
        return kinds.stream().filter(kind -> kind.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("没有这种导入 / no import kind " + code));
    }
}
