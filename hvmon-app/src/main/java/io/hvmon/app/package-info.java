package io.hvmon.app;
