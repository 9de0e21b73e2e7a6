; ModuleID = 'perf_mandelbrot_float.sy'
source_filename = "perf_mandelbrot_float.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@four = dso_local local_unnamed_addr global float 4.000000e+00, align 4
@__const.main.shades = private unnamed_addr constant [10 x i32] [i32 32, i32 46, i32 58, i32 45, i32 61, i32 43, i32 42, i32 35, i32 37, i32 64], align 16
@.str = private unnamed_addr constant [20 x i8] c"inside=%d total=%d\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local float @mul_re(float noundef %0, float noundef %1, float noundef %2, float noundef %3) local_unnamed_addr #0 {
  %5 = fmul float %0, %2
  %6 = fmul float %1, %3
  %7 = fsub float %5, %6
  ret float %7
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local float @mul_im(float noundef %0, float noundef %1, float noundef %2, float noundef %3) local_unnamed_addr #0 {
  %5 = fmul float %0, %3
  %6 = fmul float %1, %2
  %7 = fadd float %6, %5
  ret float %7
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local float @norm2(float noundef %0, float noundef %1) local_unnamed_addr #0 {
  %3 = fmul float %0, %0
  %4 = fmul float %1, %1
  %5 = fadd float %3, %4
  ret float %5
}

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local i32 @escape(float noundef %0, float noundef %1, i32 noundef %2) local_unnamed_addr #1 {
  %4 = icmp sgt i32 %2, 0
  br i1 %4, label %5, label %23

5:                                                ; preds = %3
  %6 = load float, float* @four, align 4, !tbaa !5
  br label %7

7:                                                ; preds = %5, %15
  %8 = phi float [ 0.000000e+00, %5 ], [ %17, %15 ]
  %9 = phi i32 [ 0, %5 ], [ %21, %15 ]
  %10 = phi float [ 0.000000e+00, %5 ], [ %20, %15 ]
  %11 = fmul float %8, %8
  %12 = fmul float %10, %10
  %13 = fadd float %12, %11
  %14 = fcmp ogt float %13, %6
  br i1 %14, label %23, label %15

15:                                               ; preds = %7
  %16 = fsub float %11, %12
  %17 = fadd float %16, %0
  %18 = fmul float %10, %8
  %19 = fadd float %18, %18
  %20 = fadd float %19, %1
  %21 = add nuw nsw i32 %9, 1
  %22 = icmp eq i32 %21, %2
  br i1 %22, label %23, label %7, !llvm.loop !9

23:                                               ; preds = %7, %15, %3
  %24 = phi i32 [ %2, %3 ], [ %2, %15 ], [ %9, %7 ]
  ret i32 %24
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  %1 = tail call i32 @getint() #4
  %2 = tail call i32 @getint() #4
  %3 = tail call i32 @getint() #4
  %4 = sitofp i32 %1 to double
  %5 = fdiv double 3.500000e+00, %4
  %6 = fptrunc double %5 to float
  %7 = sitofp i32 %2 to double
  %8 = fdiv double 2.500000e+00, %7
  %9 = fptrunc double %8 to float
  tail call void @starttime() #4
  %10 = icmp sgt i32 %2, 0
  br i1 %10, label %11, label %80

11:                                               ; preds = %0
  %12 = icmp sgt i32 %1, 0
  %13 = icmp sgt i32 %3, 0
  br label %14

14:                                               ; preds = %11, %77
  %15 = phi i32 [ 0, %11 ], [ %74, %77 ]
  %16 = phi i32 [ 0, %11 ], [ %78, %77 ]
  %17 = phi i32 [ 0, %11 ], [ %73, %77 ]
  br i1 %12, label %20, label %18

18:                                               ; preds = %14
  %19 = and i32 %16, 3
  br label %71

20:                                               ; preds = %14
  %21 = sitofp i32 %16 to float
  %22 = fmul float %9, %21
  %23 = fadd float %22, -1.250000e+00
  %24 = and i32 %16, 3
  %25 = icmp eq i32 %24, 0
  br label %26

26:                                               ; preds = %20, %68
  %27 = phi i32 [ %15, %20 ], [ %53, %68 ]
  %28 = phi i32 [ 0, %20 ], [ %69, %68 ]
  %29 = phi i32 [ %17, %20 ], [ %56, %68 ]
  %30 = sitofp i32 %28 to float
  %31 = fmul float %6, %30
  %32 = fadd float %31, -2.250000e+00
  br i1 %13, label %33, label %51

33:                                               ; preds = %26
  %34 = load float, float* @four, align 4, !tbaa !5
  br label %35

35:                                               ; preds = %43, %33
  %36 = phi float [ 0.000000e+00, %33 ], [ %45, %43 ]
  %37 = phi i32 [ 0, %33 ], [ %49, %43 ]
  %38 = phi float [ 0.000000e+00, %33 ], [ %48, %43 ]
  %39 = fmul float %36, %36
  %40 = fmul float %38, %38
  %41 = fadd float %39, %40
  %42 = fcmp ogt float %41, %34
  br i1 %42, label %51, label %43

43:                                               ; preds = %35
  %44 = fsub float %39, %40
  %45 = fadd float %32, %44
  %46 = fmul float %36, %38
  %47 = fadd float %46, %46
  %48 = fadd float %23, %47
  %49 = add nuw nsw i32 %37, 1
  %50 = icmp eq i32 %49, %3
  br i1 %50, label %51, label %35, !llvm.loop !9

51:                                               ; preds = %35, %43, %26
  %52 = phi i32 [ %3, %26 ], [ %37, %35 ], [ %3, %43 ]
  %53 = add nsw i32 %52, %27
  %54 = icmp eq i32 %52, %3
  %55 = zext i1 %54 to i32
  %56 = add nsw i32 %29, %55
  %57 = and i32 %28, 1
  %58 = icmp eq i32 %57, 0
  %59 = select i1 %25, i1 %58, i1 false
  br i1 %59, label %60, label %68

60:                                               ; preds = %51
  br i1 %54, label %66, label %61

61:                                               ; preds = %60
  %62 = srem i32 %52, 9
  %63 = sext i32 %62 to i64
  %64 = getelementptr inbounds [10 x i32], [10 x i32]* @__const.main.shades, i64 0, i64 %63
  %65 = load i32, i32* %64, align 4, !tbaa !11
  br label %66

66:                                               ; preds = %60, %61
  %67 = phi i32 [ %65, %61 ], [ 64, %60 ]
  tail call void @putch(i32 noundef %67) #4
  br label %68

68:                                               ; preds = %66, %51
  %69 = add nuw nsw i32 %28, 1
  %70 = icmp eq i32 %69, %1
  br i1 %70, label %71, label %26, !llvm.loop !13

71:                                               ; preds = %68, %18
  %72 = phi i32 [ %19, %18 ], [ %24, %68 ]
  %73 = phi i32 [ %17, %18 ], [ %56, %68 ]
  %74 = phi i32 [ %15, %18 ], [ %53, %68 ]
  %75 = icmp eq i32 %72, 0
  br i1 %75, label %76, label %77

76:                                               ; preds = %71
  tail call void @putch(i32 noundef 10) #4
  br label %77

77:                                               ; preds = %76, %71
  %78 = add nuw nsw i32 %16, 1
  %79 = icmp eq i32 %78, %2
  br i1 %79, label %80, label %14, !llvm.loop !14

80:                                               ; preds = %77, %0
  %81 = phi i32 [ 0, %0 ], [ %73, %77 ]
  %82 = phi i32 [ 0, %0 ], [ %74, %77 ]
  tail call void @stoptime() #4
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([20 x i8], [20 x i8]* @.str, i64 0, i64 0), i32 noundef %81, i32 noundef %82) #4
  %83 = srem i32 %81, 256
  ret i32 %83
}

declare i32 @getint() local_unnamed_addr #3

declare void @starttime() local_unnamed_addr #3

declare void @putch(i32 noundef) local_unnamed_addr #3

declare void @stoptime() local_unnamed_addr #3

declare void @putf(i8* noundef, ...) local_unnamed_addr #3

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"float", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = !{!12, !12, i64 0}
!12 = !{!"int", !7, i64 0}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
