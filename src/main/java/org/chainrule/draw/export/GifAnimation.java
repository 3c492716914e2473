package org.chainrule.draw.export;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.chainrule.draw.AnnotateMode;
import org.chainrule.draw.Diagram;
import org.chainrule.draw.Rect;
import org.chainrule.draw.StepDiagram;
import org.chainrule.draw.Theme;
import org.chainrule.engine.StepCursor;

/**
 * The stepper's positions as one animated GIF (the JDK's ImageIO GIF writer): every frame drawn by the
 * PNG back end on the same canvas (the rectangle that holds every position, so nothing jumps), each
 * shown {@code delay} milliseconds, the last one longer, and the animation looping forever (the
 * NETSCAPE2.0 application extension), to drop a whole pass into a slide.
 */
public final class GifAnimation {
    /** How long each position is shown, and the last one. */
    public static final int DELAY_MS = 800, LAST_MS = 3000;
    static final String FORMAT = "javax_imageio_gif_image_1.0";

    private GifAnimation() {}

    /** Every position of {@code c} from 0 to the end, with the numbers {@code mode} asks for. */
    public static byte[] steps(StepCursor c, AnnotateMode mode, int scale) {
        List<Diagram> frames = StepDiagram.frames(c, mode);
        Rect all = frames.get(0).bounds();
        for (Diagram d : frames) all = all.union(d.bounds());
        PngExporter png = new PngExporter(Theme.standard());
        List<BufferedImage> images = new ArrayList<>();
        for (Diagram d : frames) images.add(opaque(png.image(new Diagram(d.nodes(), d.edges(), d.frames(), all), scale, false)));
        return gif(images, DELAY_MS, LAST_MS);
    }

    /** The images as an endless animation, {@code delay} ms each and {@code last} ms for the last. */
    public static byte[] gif(List<BufferedImage> images, int delay, int last) {
        ImageWriter w = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            w.setOutput(out);
            w.prepareWriteSequence(null);
            for (int k = 0; k < images.size(); k++) {
                BufferedImage img = images.get(k);
                IIOMetadata meta = w.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), null);
                IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
                IIOMetadataNode gce = child(root, "GraphicControlExtension");
                gce.setAttribute("disposalMethod", "none");
                gce.setAttribute("userInputFlag", "FALSE");
                gce.setAttribute("transparentColorFlag", "FALSE");
                gce.setAttribute("transparentColorIndex", "0");
                gce.setAttribute("delayTime", Integer.toString((k == images.size() - 1 ? last : delay) / 10));
                if (k == 0) {
                    IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
                    loop.setAttribute("applicationID", "NETSCAPE");
                    loop.setAttribute("authenticationCode", "2.0");
                    loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0 = forever
                    child(root, "ApplicationExtensions").appendChild(loop);
                }
                meta.setFromTree(FORMAT, root);
                w.writeToSequence(new IIOImage(img, null, meta), null);
            }
            w.endWriteSequence();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            w.dispose();
        }
        return bytes.toByteArray();
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equals(name)) return (IIOMetadataNode) root.item(i);
        }
        IIOMetadataNode n = new IIOMetadataNode(name);
        root.appendChild(n);
        return n;
    }

    /** The GIF writer makes its palette from opaque RGB. */
    private static BufferedImage opaque(BufferedImage argb) {
        BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(argb, 0, 0, null);
        g.dispose();
        return rgb;
    }
}
