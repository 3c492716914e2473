package org.chainrule.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.chainrule.draw.StepDiagram;
import org.chainrule.draw.export.GifAnimation;
import org.chainrule.engine.StepCursor;
import org.chainrule.io.GraphFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/**
 * {@code export FILE -o steps.gif}: every stepper position as a frame of one animated GIF, read back
 * with ImageIO: steps + 1 frames of one size, each with its delay, looping forever.
 */
class StepGifTest extends CliCase {
    @TempDir Path dir;

    @Test
    void theGifHoldsEveryStepperPositionAndLoopsForever() throws Exception {
        String file = StepExportCommandTest.shipped("tum-p10b-rnn-ops.json");
        StepCursor c = StepDiagram.cursor(GraphFile.read(Path.of(file)), false);
        Path gif = dir.resolve("steps.gif");
        assertEquals(0, run("export", file, "-o", gif.toString()), stderr());
        assertEquals("saved " + gif + " (" + (c.size() + 1) + " frames: steps 0 to " + c.size() + ")\n", stdout());
        ImageReader r = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            r.setInput(in);
            int n = r.getNumImages(true);
            assertEquals(c.size() + 1, n);
            BufferedImage first = r.read(0), last = r.read(n - 1);
            assertEquals(first.getWidth(), last.getWidth());
            assertEquals(first.getHeight(), last.getHeight());
            assertNotEquals(pixels(first), pixels(last), "the end shows numbers the start does not");
            for (int k = 0; k < n; k++) {
                IIOMetadataNode root = (IIOMetadataNode) r.getImageMetadata(k).getAsTree("javax_imageio_gif_image_1.0");
                String delay = ((IIOMetadataNode) find(root, "GraphicControlExtension")).getAttribute("delayTime");
                assertEquals(String.valueOf((k == n - 1 ? GifAnimation.LAST_MS : GifAnimation.DELAY_MS) / 10), delay, "frame " + k);
            }
            IIOMetadataNode app = (IIOMetadataNode) find(find(
                    (IIOMetadataNode) r.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0"), "ApplicationExtensions"),
                    "ApplicationExtension");
            assertEquals("NETSCAPE", app.getAttribute("applicationID"));
            byte[] loop = (byte[]) app.getUserObject();
            assertEquals(1, loop[0]);
            assertEquals(0, loop[1] | loop[2], "loop count 0: forever");
        } finally {
            r.dispose();
        }
        assertEquals(2, run("export", file, "-o", dir.resolve("one.gif").toString(), "--step", "3"));
        assertTrue(stderr().contains("drop --step"), stderr());
        assertFalse(Files.exists(dir.resolve("one.gif")));
    }

    private static Node find(Node root, String name) {
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) if (n.getNodeName().equals(name)) return n;
        throw new AssertionError("no " + name);
    }

    private static long pixels(BufferedImage img) {
        long sum = 0;
        for (int y = 0; y < img.getHeight(); y++) for (int x = 0; x < img.getWidth(); x++) sum = sum * 31 + img.getRGB(x, y);
        return sum;
    }
}
