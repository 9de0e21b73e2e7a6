; ModuleID = 'func_float_compare_logic.sy'
source_filename = "func_float_compare_logic.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.xs = private unnamed_addr constant [8 x float] [float -1.500000e+00, float -0.000000e+00, float 0.000000e+00, float 2.500000e-01, float 1.000000e+00, float 0x3FF0000020000000, float 0x3E601B2B20000000, float -7.750000e+00], align 16
@.str = private unnamed_addr constant [10 x i8] c"%d of %d\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local float @clamp(float noundef %0, float noundef %1, float noundef %2) local_unnamed_addr #0 {
  %4 = fcmp olt float %0, %1
  %5 = fcmp ogt float %0, %2
  %6 = select i1 %5, float %2, float %0
  %7 = select i1 %4, float %1, float %6
  ret float %7
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @sign(float noundef %0) local_unnamed_addr #0 {
  %2 = fcmp ogt float %0, 0.000000e+00
  %3 = fcmp olt float %0, 0.000000e+00
  %4 = sext i1 %3 to i32
  %5 = select i1 %2, i32 1, i32 %4
  ret i32 %5
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @in_unit_circle(float noundef %0, float noundef %1) local_unnamed_addr #0 {
  %3 = fmul float %0, %0
  %4 = fmul float %1, %1
  %5 = fadd float %3, %4
  %6 = fcmp ole float %5, 1.000000e+00
  %7 = zext i1 %6 to i32
  ret i32 %7
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  br label %1

1:                                                ; preds = %0, %1
  %2 = phi i64 [ 0, %0 ], [ %32, %1 ]
  %3 = getelementptr inbounds [8 x float], [8 x float]* @__const.main.xs, i64 0, i64 %2
  %4 = load float, float* %3, align 4, !tbaa !5
  %5 = add nsw i64 %2, -3
  %6 = icmp ult i64 %5, 4
  %7 = icmp eq i64 %2, 0
  %8 = icmp eq i64 %2, 7
  %9 = or i1 %7, %8
  %10 = sext i1 %9 to i32
  %11 = select i1 %6, i32 1, i32 %10
  tail call void @putint(i32 noundef %11) #3
  tail call void @putch(i32 noundef 32) #3
  %12 = fcmp ogt float %4, 1.000000e+00
  %13 = select i1 %12, float 1.000000e+00, float %4
  %14 = select i1 %9, float -1.000000e+00, float %13
  tail call void @putfloat(float noundef %14) #3
  tail call void @putch(i32 noundef 32) #3
  %15 = trunc i64 %2 to i32
  %16 = add i32 %15, -1
  %17 = icmp ult i32 %16, 2
  %18 = trunc i64 %2 to i32
  %19 = and i32 %18, 2147483646
  %20 = icmp eq i32 %19, 4
  %21 = or i1 %17, %20
  %22 = zext i1 %21 to i32
  tail call void @putint(i32 noundef %22) #3
  tail call void @putint(i32 noundef 0) #3
  %23 = and i64 %5, 4294967294
  %24 = icmp ne i64 %23, 4294967294
  %25 = xor i1 %24, true
  %26 = zext i1 %25 to i32
  tail call void @putint(i32 noundef %26) #3
  %27 = zext i1 %24 to i32
  tail call void @putint(i32 noundef %27) #3
  %28 = icmp ne i32 %19, 4
  %29 = icmp ne i64 %2, 7
  %30 = and i1 %29, %28
  %31 = zext i1 %30 to i32
  tail call void @putint(i32 noundef %31) #3
  tail call void @putch(i32 noundef 10) #3
  %32 = add nuw nsw i64 %2, 1
  %33 = icmp eq i64 %32, 8
  br i1 %33, label %34, label %1, !llvm.loop !9

34:                                               ; preds = %1, %34
  %35 = phi float [ %82, %34 ], [ -1.000000e+00, %1 ]
  %36 = phi i32 [ %81, %34 ], [ 0, %1 ]
  %37 = fmul float %35, %35
  %38 = fadd float %37, 1.000000e+00
  %39 = fcmp ole float %38, 1.000000e+00
  %40 = zext i1 %39 to i32
  %41 = add nsw i32 %36, %40
  %42 = fadd float %37, 7.656250e-01
  %43 = fcmp ole float %42, 1.000000e+00
  %44 = zext i1 %43 to i32
  %45 = add nsw i32 %41, %44
  %46 = fadd float %37, 5.625000e-01
  %47 = fcmp ole float %46, 1.000000e+00
  %48 = zext i1 %47 to i32
  %49 = add nsw i32 %45, %48
  %50 = fadd float %37, 3.906250e-01
  %51 = fcmp ole float %50, 1.000000e+00
  %52 = zext i1 %51 to i32
  %53 = add nsw i32 %49, %52
  %54 = fadd float %37, 2.500000e-01
  %55 = fcmp ole float %54, 1.000000e+00
  %56 = zext i1 %55 to i32
  %57 = add nsw i32 %53, %56
  %58 = fadd float %37, 1.406250e-01
  %59 = fcmp ole float %58, 1.000000e+00
  %60 = zext i1 %59 to i32
  %61 = add nsw i32 %57, %60
  %62 = fadd float %37, 6.250000e-02
  %63 = fcmp ole float %62, 1.000000e+00
  %64 = zext i1 %63 to i32
  %65 = add nsw i32 %61, %64
  %66 = fadd float %37, 1.562500e-02
  %67 = fcmp ole float %66, 1.000000e+00
  %68 = zext i1 %67 to i32
  %69 = add nsw i32 %65, %68
  %70 = fadd float %37, 0.000000e+00
  %71 = fcmp ole float %70, 1.000000e+00
  %72 = zext i1 %71 to i32
  %73 = add nsw i32 %69, %72
  %74 = add nsw i32 %73, %68
  %75 = add nsw i32 %74, %64
  %76 = add nsw i32 %75, %60
  %77 = add nsw i32 %76, %56
  %78 = add nsw i32 %77, %52
  %79 = add nsw i32 %78, %48
  %80 = add nsw i32 %79, %44
  %81 = add nsw i32 %80, %40
  %82 = fadd float %35, 1.250000e-01
  %83 = fcmp ugt float %82, 1.000000e+00
  br i1 %83, label %84, label %34, !llvm.loop !11

84:                                               ; preds = %34
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([10 x i8], [10 x i8]* @.str, i64 0, i64 0), i32 noundef %81, i32 noundef 289) #3
  %85 = sitofp i32 %81 to double
  %86 = fmul double %85, 4.000000e+00
  %87 = fdiv double %86, 2.890000e+02
  %88 = fptrunc double %87 to float
  tail call void @putfloat(float noundef %88) #3
  tail call void @putch(i32 noundef 10) #3
  %89 = fpext float %88 to double
  %90 = fcmp ogt double %89, 2.900000e+00
  %91 = fcmp olt double %89, 3.300000e+00
  %92 = and i1 %90, %91
  %93 = select i1 %92, i32 102, i32 126
  ret i32 %93
}

declare void @putint(i32 noundef) local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

declare void @putfloat(float noundef) local_unnamed_addr #2

declare void @putf(i8* noundef, ...) local_unnamed_addr #2

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

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
!11 = distinct !{!11, !10}
