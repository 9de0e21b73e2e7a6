; ModuleID = 'func_const_globals_table.sy'
source_filename = "func_const_globals_table.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@BASE = dso_local local_unnamed_addr constant i32 10, align 4
@SQUARES = dso_local local_unnamed_addr constant [10 x i32] [i32 0, i32 1, i32 4, i32 9, i32 16, i32 25, i32 36, i32 49, i32 64, i32 81], align 16
@MIX = dso_local local_unnamed_addr constant i32 105, align 4
@RATE = dso_local local_unnamed_addr constant float 1.250000e-01, align 4
@OFFSET = dso_local local_unnamed_addr constant float 2.500000e+00, align 4
@DAYS = dso_local local_unnamed_addr constant [2 x [12 x i32]] [[12 x i32] [i32 31, i32 28, i32 31, i32 30, i32 31, i32 30, i32 31, i32 31, i32 30, i32 31, i32 30, i32 31], [12 x i32] [i32 31, i32 29, i32 31, i32 30, i32 31, i32 30, i32 31, i32 31, i32 30, i32 31, i32 30, i32 31]], align 16
@counter = dso_local local_unnamed_addr global i32 105, align 4

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @digit_square_sum(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp sgt i32 %0, 0
  br i1 %2, label %3, label %13

3:                                                ; preds = %1, %3
  %4 = phi i32 [ %10, %3 ], [ 0, %1 ]
  %5 = phi i32 [ %11, %3 ], [ %0, %1 ]
  %6 = urem i32 %5, 10
  %7 = zext i32 %6 to i64
  %8 = getelementptr inbounds [10 x i32], [10 x i32]* @SQUARES, i64 0, i64 %7
  %9 = load i32, i32* %8, align 4, !tbaa !5
  %10 = add nsw i32 %9, %4
  %11 = udiv i32 %5, 10
  %12 = icmp ult i32 %5, 10
  br i1 %12, label %13, label %3, !llvm.loop !9

13:                                               ; preds = %3, %1
  %14 = phi i32 [ 0, %1 ], [ %10, %3 ]
  ret i32 %14
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local i32 @is_leap(i32 noundef %0) local_unnamed_addr #1 {
  %2 = and i32 %0, 3
  %3 = icmp ne i32 %2, 0
  %4 = srem i32 %0, 100
  %5 = icmp eq i32 %4, 0
  %6 = or i1 %3, %5
  br i1 %6, label %7, label %11

7:                                                ; preds = %1
  %8 = srem i32 %0, 400
  %9 = icmp eq i32 %8, 0
  %10 = zext i1 %9 to i32
  br label %11

11:                                               ; preds = %1, %7
  %12 = phi i32 [ %10, %7 ], [ 1, %1 ]
  ret i32 %12
}

; Function Attrs: nofree norecurse nosync nounwind readnone uwtable
define dso_local i32 @day_of_year(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = and i32 %0, 3
  %5 = icmp ne i32 %4, 0
  %6 = srem i32 %0, 100
  %7 = icmp eq i32 %6, 0
  %8 = or i1 %5, %7
  br i1 %8, label %9, label %13

9:                                                ; preds = %3
  %10 = srem i32 %0, 400
  %11 = icmp eq i32 %10, 0
  %12 = zext i1 %11 to i64
  br label %13

13:                                               ; preds = %3, %9
  %14 = phi i64 [ %12, %9 ], [ 1, %3 ]
  %15 = icmp sgt i32 %1, 1
  br i1 %15, label %16, label %61

16:                                               ; preds = %13
  %17 = add nsw i32 %1, -1
  %18 = zext i32 %17 to i64
  %19 = add nsw i64 %18, -1
  %20 = and i64 %18, 3
  %21 = icmp ult i64 %19, 3
  br i1 %21, label %46, label %22

22:                                               ; preds = %16
  %23 = and i64 %18, 4294967292
  br label %24

24:                                               ; preds = %24, %22
  %25 = phi i64 [ 0, %22 ], [ %43, %24 ]
  %26 = phi i32 [ %2, %22 ], [ %42, %24 ]
  %27 = phi i64 [ 0, %22 ], [ %44, %24 ]
  %28 = getelementptr inbounds [2 x [12 x i32]], [2 x [12 x i32]]* @DAYS, i64 0, i64 %14, i64 %25
  %29 = load i32, i32* %28, align 16, !tbaa !5
  %30 = add nsw i32 %29, %26
  %31 = or i64 %25, 1
  %32 = getelementptr inbounds [2 x [12 x i32]], [2 x [12 x i32]]* @DAYS, i64 0, i64 %14, i64 %31
  %33 = load i32, i32* %32, align 4, !tbaa !5
  %34 = add nsw i32 %33, %30
  %35 = or i64 %25, 2
  %36 = getelementptr inbounds [2 x [12 x i32]], [2 x [12 x i32]]* @DAYS, i64 0, i64 %14, i64 %35
  %37 = load i32, i32* %36, align 8, !tbaa !5
  %38 = add nsw i32 %37, %34
  %39 = or i64 %25, 3
  %40 = getelementptr inbounds [2 x [12 x i32]], [2 x [12 x i32]]* @DAYS, i64 0, i64 %14, i64 %39
  %41 = load i32, i32* %40, align 4, !tbaa !5
  %42 = add nsw i32 %41, %38
  %43 = add nuw nsw i64 %25, 4
  %44 = add i64 %27, 4
  %45 = icmp eq i64 %44, %23
  br i1 %45, label %46, label %24, !llvm.loop !11

46:                                               ; preds = %24, %16
  %47 = phi i32 [ undef, %16 ], [ %42, %24 ]
  %48 = phi i64 [ 0, %16 ], [ %43, %24 ]
  %49 = phi i32 [ %2, %16 ], [ %42, %24 ]
  %50 = icmp eq i64 %20, 0
  br i1 %50, label %61, label %51

51:                                               ; preds = %46, %51
  %52 = phi i64 [ %58, %51 ], [ %48, %46 ]
  %53 = phi i32 [ %57, %51 ], [ %49, %46 ]
  %54 = phi i64 [ %59, %51 ], [ 0, %46 ]
  %55 = getelementptr inbounds [2 x [12 x i32]], [2 x [12 x i32]]* @DAYS, i64 0, i64 %14, i64 %52
  %56 = load i32, i32* %55, align 4, !tbaa !5
  %57 = add nsw i32 %56, %53
  %58 = add nuw nsw i64 %52, 1
  %59 = add i64 %54, 1
  %60 = icmp eq i64 %59, %20
  br i1 %60, label %61, label %51, !llvm.loop !12

61:                                               ; preds = %46, %51, %13
  %62 = phi i32 [ %2, %13 ], [ %47, %46 ], [ %57, %51 ]
  ret i32 %62
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  tail call void @putint(i32 noundef 105) #4
  tail call void @putch(i32 noundef 10) #4
  tail call void @putint(i32 noundef 285) #4
  tail call void @putch(i32 noundef 10) #4
  br label %1

1:                                                ; preds = %0, %16
  %2 = phi i32 [ 19, %0 ], [ %17, %16 ]
  %3 = phi i32 [ 0, %0 ], [ %18, %16 ]
  switch i32 %2, label %4 [
    i32 4, label %20
    i32 1, label %20
  ]

4:                                                ; preds = %1
  %5 = icmp sgt i32 %2, 0
  br i1 %5, label %6, label %16

6:                                                ; preds = %4, %6
  %7 = phi i32 [ %13, %6 ], [ 0, %4 ]
  %8 = phi i32 [ %14, %6 ], [ %2, %4 ]
  %9 = urem i32 %8, 10
  %10 = zext i32 %9 to i64
  %11 = getelementptr inbounds [10 x i32], [10 x i32]* @SQUARES, i64 0, i64 %10
  %12 = load i32, i32* %11, align 4, !tbaa !5
  %13 = add nsw i32 %12, %7
  %14 = udiv i32 %8, 10
  %15 = icmp ult i32 %8, 10
  br i1 %15, label %16, label %6, !llvm.loop !9

16:                                               ; preds = %6, %4
  %17 = phi i32 [ 0, %4 ], [ %13, %6 ]
  %18 = add nuw nsw i32 %3, 1
  %19 = icmp eq i32 %18, 50
  br i1 %19, label %20, label %1, !llvm.loop !14

20:                                               ; preds = %1, %1, %16
  %21 = phi i32 [ %3, %1 ], [ %3, %1 ], [ 50, %16 ]
  %22 = phi i32 [ %2, %1 ], [ %2, %1 ], [ %17, %16 ]
  %23 = freeze i32 %21
  tail call void @putint(i32 noundef %22) #4
  tail call void @putch(i32 noundef 32) #4
  tail call void @putint(i32 noundef %23) #4
  tail call void @putch(i32 noundef 10) #4
  tail call void @putint(i32 noundef 61) #4
  tail call void @putch(i32 noundef 32) #4
  tail call void @putint(i32 noundef 60) #4
  tail call void @putch(i32 noundef 32) #4
  tail call void @putint(i32 noundef 365) #4
  tail call void @putch(i32 noundef 10) #4
  %24 = load i32, i32* @counter, align 4, !tbaa !5
  %25 = sitofp i32 %24 to float
  %26 = fmul float %25, 1.250000e-01
  %27 = fadd float %26, 2.500000e+00
  tail call void @putfloat(float noundef %27) #4
  tail call void @putch(i32 noundef 10) #4
  %28 = load i32, i32* @counter, align 4, !tbaa !5
  %29 = add nsw i32 %28, 81
  store i32 %29, i32* @counter, align 4, !tbaa !5
  ret i32 %29
}

declare void @putint(i32 noundef) local_unnamed_addr #3

declare void @putch(i32 noundef) local_unnamed_addr #3

declare void @putfloat(float noundef) local_unnamed_addr #3

attributes #0 = { nofree norecurse nosync nounwind readnone uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !13}
!13 = !{!"llvm.loop.unroll.disable"}
!14 = distinct !{!14, !10}
