package io.hvmon.wsman;
