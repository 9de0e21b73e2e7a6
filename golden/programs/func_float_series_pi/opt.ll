; ModuleID = 'func_float_series_pi.sy'
source_filename = "func_float_series_pi.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [12 x i8] c"e=%a pi=%a\0A\00", align 1

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local float @leibniz(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp sgt i32 %0, 0
  br i1 %2, label %3, label %40

3:                                                ; preds = %1
  %4 = and i32 %0, 1
  %5 = icmp eq i32 %0, 1
  br i1 %5, label %29, label %6

6:                                                ; preds = %3
  %7 = and i32 %0, -2
  br label %8

8:                                                ; preds = %8, %6
  %9 = phi i32 [ 0, %6 ], [ %22, %8 ]
  %10 = phi float [ 0.000000e+00, %6 ], [ %21, %8 ]
  %11 = phi i32 [ 0, %6 ], [ %23, %8 ]
  %12 = shl nuw nsw i32 %9, 1
  %13 = or i32 %12, 1
  %14 = sitofp i32 %13 to float
  %15 = fdiv float 1.000000e+00, %14
  %16 = fadd float %10, %15
  %17 = shl nuw i32 %9, 1
  %18 = or i32 %17, 3
  %19 = sitofp i32 %18 to float
  %20 = fdiv float -1.000000e+00, %19
  %21 = fadd float %16, %20
  %22 = add nuw nsw i32 %9, 2
  %23 = add i32 %11, 2
  %24 = icmp eq i32 %23, %7
  br i1 %24, label %25, label %8, !llvm.loop !5

25:                                               ; preds = %8
  %26 = shl nuw i32 %22, 1
  %27 = or i32 %26, 1
  %28 = sitofp i32 %27 to float
  br label %29

29:                                               ; preds = %25, %3
  %30 = phi float [ undef, %3 ], [ %21, %25 ]
  %31 = phi float [ 1.000000e+00, %3 ], [ %28, %25 ]
  %32 = phi float [ 0.000000e+00, %3 ], [ %21, %25 ]
  %33 = icmp eq i32 %4, 0
  br i1 %33, label %37, label %34

34:                                               ; preds = %29
  %35 = fdiv float 1.000000e+00, %31
  %36 = fadd float %32, %35
  br label %37

37:                                               ; preds = %29, %34
  %38 = phi float [ %30, %29 ], [ %36, %34 ]
  %39 = fmul float %38, 4.000000e+00
  br label %40

40:                                               ; preds = %37, %1
  %41 = phi float [ 0.000000e+00, %1 ], [ %39, %37 ]
  ret float %41
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local float @leibniz_backward(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp sgt i32 %0, 0
  br i1 %2, label %3, label %21

3:                                                ; preds = %1, %3
  %4 = phi i32 [ %6, %3 ], [ %0, %1 ]
  %5 = phi float [ %17, %3 ], [ 0.000000e+00, %1 ]
  %6 = add nsw i32 %4, -1
  %7 = and i32 %6, 1
  %8 = icmp eq i32 %7, 0
  %9 = fpext float %5 to double
  %10 = shl nuw nsw i32 %6, 1
  %11 = or i32 %10, 1
  %12 = sitofp i32 %11 to double
  %13 = fdiv double 1.000000e+00, %12
  %14 = fneg double %13
  %15 = select i1 %8, double %13, double %14
  %16 = fadd double %15, %9
  %17 = fptrunc double %16 to float
  %18 = icmp ugt i32 %4, 1
  br i1 %18, label %3, label %19, !llvm.loop !7

19:                                               ; preds = %3
  %20 = fmul float %17, 4.000000e+00
  br label %21

21:                                               ; preds = %19, %1
  %22 = phi float [ 0.000000e+00, %1 ], [ %20, %19 ]
  ret float %22
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local float @nilakantha(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp slt i32 %0, 1
  br i1 %2, label %24, label %3

3:                                                ; preds = %1, %3
  %4 = phi float [ %20, %3 ], [ 3.000000e+00, %1 ]
  %5 = phi float [ %21, %3 ], [ 1.000000e+00, %1 ]
  %6 = phi i32 [ %22, %3 ], [ 1, %1 ]
  %7 = sitofp i32 %6 to double
  %8 = fmul double %7, 2.000000e+00
  %9 = fptrunc double %8 to float
  %10 = fpext float %4 to double
  %11 = fpext float %5 to double
  %12 = fmul double %11, 4.000000e+00
  %13 = fadd float %9, 1.000000e+00
  %14 = fmul float %13, %9
  %15 = fadd float %9, 2.000000e+00
  %16 = fmul float %15, %14
  %17 = fpext float %16 to double
  %18 = fdiv double %12, %17
  %19 = fadd double %18, %10
  %20 = fptrunc double %19 to float
  %21 = fneg float %5
  %22 = add nuw i32 %6, 1
  %23 = icmp eq i32 %6, %0
  br i1 %23, label %24, label %3, !llvm.loop !8

24:                                               ; preds = %3, %1
  %25 = phi float [ 3.000000e+00, %1 ], [ %20, %3 ]
  ret float %25
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local float @euler_e(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp sgt i32 %0, 1
  br i1 %2, label %3, label %35

3:                                                ; preds = %1
  %4 = add i32 %0, -1
  %5 = and i32 %4, 1
  %6 = icmp eq i32 %0, 2
  br i1 %6, label %26, label %7

7:                                                ; preds = %3
  %8 = and i32 %4, -2
  br label %9

9:                                                ; preds = %9, %7
  %10 = phi i32 [ 1, %7 ], [ %21, %9 ]
  %11 = phi float [ 1.000000e+00, %7 ], [ %19, %9 ]
  %12 = phi float [ 1.000000e+00, %7 ], [ %20, %9 ]
  %13 = phi i32 [ 0, %7 ], [ %22, %9 ]
  %14 = sitofp i32 %10 to float
  %15 = fdiv float %11, %14
  %16 = fadd float %12, %15
  %17 = add nuw nsw i32 %10, 1
  %18 = sitofp i32 %17 to float
  %19 = fdiv float %15, %18
  %20 = fadd float %16, %19
  %21 = add nuw nsw i32 %10, 2
  %22 = add i32 %13, 2
  %23 = icmp eq i32 %22, %8
  br i1 %23, label %24, label %9, !llvm.loop !9

24:                                               ; preds = %9
  %25 = sitofp i32 %21 to float
  br label %26

26:                                               ; preds = %24, %3
  %27 = phi float [ undef, %3 ], [ %20, %24 ]
  %28 = phi float [ 1.000000e+00, %3 ], [ %25, %24 ]
  %29 = phi float [ 1.000000e+00, %3 ], [ %19, %24 ]
  %30 = phi float [ 1.000000e+00, %3 ], [ %20, %24 ]
  %31 = icmp eq i32 %5, 0
  br i1 %31, label %35, label %32

32:                                               ; preds = %26
  %33 = fdiv float %29, %28
  %34 = fadd float %30, %33
  br label %35

35:                                               ; preds = %32, %26, %1
  %36 = phi float [ 1.000000e+00, %1 ], [ %27, %26 ], [ %34, %32 ]
  ret float %36
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i32 [ 0, %0 ], [ %14, %1 ]
  %3 = phi float [ 0.000000e+00, %0 ], [ %13, %1 ]
  %4 = shl nuw nsw i32 %2, 1
  %5 = or i32 %4, 1
  %6 = sitofp i32 %5 to float
  %7 = fdiv float 1.000000e+00, %6
  %8 = fadd float %3, %7
  %9 = shl nuw i32 %2, 1
  %10 = or i32 %9, 3
  %11 = sitofp i32 %10 to float
  %12 = fdiv float -1.000000e+00, %11
  %13 = fadd float %8, %12
  %14 = add nuw nsw i32 %2, 2
  %15 = icmp eq i32 %14, 1000
  br i1 %15, label %16, label %1, !llvm.loop !5

16:                                               ; preds = %1, %16
  %17 = phi i32 [ %19, %16 ], [ 1000, %1 ]
  %18 = phi float [ %30, %16 ], [ 0.000000e+00, %1 ]
  %19 = add nsw i32 %17, -1
  %20 = and i32 %19, 1
  %21 = icmp eq i32 %20, 0
  %22 = fpext float %18 to double
  %23 = shl nuw nsw i32 %19, 1
  %24 = or i32 %23, 1
  %25 = sitofp i32 %24 to double
  %26 = fdiv double 1.000000e+00, %25
  %27 = fneg double %26
  %28 = select i1 %21, double %26, double %27
  %29 = fadd double %28, %22
  %30 = fptrunc double %29 to float
  %31 = icmp ugt i32 %17, 1
  br i1 %31, label %16, label %32, !llvm.loop !7

32:                                               ; preds = %16
  %33 = fmul float %13, 4.000000e+00
  br label %34

34:                                               ; preds = %34, %32
  %35 = phi float [ %51, %34 ], [ 3.000000e+00, %32 ]
  %36 = phi float [ %52, %34 ], [ 1.000000e+00, %32 ]
  %37 = phi i32 [ %53, %34 ], [ 1, %32 ]
  %38 = sitofp i32 %37 to double
  %39 = fmul double %38, 2.000000e+00
  %40 = fptrunc double %39 to float
  %41 = fpext float %35 to double
  %42 = fpext float %36 to double
  %43 = fmul double %42, 4.000000e+00
  %44 = fadd float %40, 1.000000e+00
  %45 = fmul float %44, %40
  %46 = fadd float %40, 2.000000e+00
  %47 = fmul float %46, %45
  %48 = fpext float %47 to double
  %49 = fdiv double %43, %48
  %50 = fadd double %49, %41
  %51 = fptrunc double %50 to float
  %52 = fneg float %36
  %53 = add nuw nsw i32 %37, 1
  %54 = icmp eq i32 %37, 50
  br i1 %54, label %55, label %34, !llvm.loop !8

55:                                               ; preds = %34
  %56 = fmul float %30, 4.000000e+00
  tail call void @putfloat(float noundef %33) #3
  tail call void @putch(i32 noundef 10) #3
  tail call void @putfloat(float noundef %56) #3
  tail call void @putch(i32 noundef 10) #3
  tail call void @putfloat(float noundef %51) #3
  tail call void @putch(i32 noundef 10) #3
  tail call void @putfloat(float noundef 0x4005BF0AA0000000) #3
  tail call void @putch(i32 noundef 10) #3
  %57 = fsub float %33, %56
  tail call void @putfloat(float noundef %57) #3
  tail call void @putch(i32 noundef 10) #3
  %58 = fpext float %51 to double
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([12 x i8], [12 x i8]* @.str, i64 0, i64 0), double noundef 0x4005BF0AA0000000, double noundef %58) #3
  %59 = fmul float %51, 1.000000e+04
  %60 = fptosi float %59 to i32
  tail call void @putint(i32 noundef %60) #3
  tail call void @putch(i32 noundef 10) #3
  %61 = srem i32 %60, 256
  ret i32 %61
}

declare void @putfloat(float noundef) local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

declare void @putf(i8* noundef, ...) local_unnamed_addr #2

declare void @putint(i32 noundef) local_unnamed_addr #2

attributes #0 = { nofree norecurse nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = distinct !{!7, !6}
!8 = distinct !{!8, !6}
!9 = distinct !{!9, !6}
