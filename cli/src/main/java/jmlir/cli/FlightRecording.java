package jmlir.cli;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import java.io.IOException;
import java.text.ParseException;

/** {@code --jfr=FILE}: a JDK Flight Recorder profile of the run, with the JDK's "profile" settings. */
final class FlightRecording {
    private final Recording recording;

    private FlightRecording(Recording recording) {
        this.recording = recording;
    }

    static FlightRecording start() {
        try {
            Recording r = new Recording(Configuration.getConfiguration("profile"));
            r.start();
            return new FlightRecording(r);
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("cannot start a flight recording: " + e.getMessage(), e);
        }
    }

    void stopAndWrite(String path) throws IOException {
        recording.stop();
        OutputFiles.writeAtomically(path, recording::dump);
        recording.close();
    }
}
