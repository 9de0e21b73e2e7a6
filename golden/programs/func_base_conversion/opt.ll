; ModuleID = 'func_base_conversion.sy'
source_filename = "func_base_conversion.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@digits = dso_local local_unnamed_addr global [40 x i32] zeroinitializer, align 16
@__const.main.values = private unnamed_addr constant [7 x i32] [i32 0, i32 1, i32 255, i32 -4096, i32 123456789, i32 2147483647, i32 30], align 16
@__const.main.bases = private unnamed_addr constant [4 x i32] [i32 2, i32 8, i32 16, i32 36], align 16

; Function Attrs: nounwind uwtable
define dso_local void @print_base(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp eq i32 %0, 0
  br i1 %3, label %4, label %5

4:                                                ; preds = %2
  tail call void @putch(i32 noundef 48) #3
  br label %34

5:                                                ; preds = %2
  %6 = icmp slt i32 %0, 0
  br i1 %6, label %7, label %9

7:                                                ; preds = %5
  tail call void @putch(i32 noundef 45) #3
  %8 = sub nsw i32 0, %0
  br label %9

9:                                                ; preds = %5, %7
  %10 = phi i32 [ %8, %7 ], [ %0, %5 ]
  br label %16

11:                                               ; preds = %16
  %12 = trunc i64 %22 to i32
  %13 = icmp sgt i32 %12, 0
  br i1 %13, label %14, label %34

14:                                               ; preds = %11
  %15 = and i64 %22, 4294967295
  br label %24

16:                                               ; preds = %9, %16
  %17 = phi i64 [ %22, %16 ], [ 0, %9 ]
  %18 = phi i32 [ %21, %16 ], [ %10, %9 ]
  %19 = srem i32 %18, %1
  %20 = getelementptr inbounds [40 x i32], [40 x i32]* @digits, i64 0, i64 %17
  store i32 %19, i32* %20, align 4, !tbaa !5
  %21 = sdiv i32 %18, %1
  %22 = add nuw i64 %17, 1
  %23 = icmp sgt i32 %21, 0
  br i1 %23, label %16, label %11, !llvm.loop !9

24:                                               ; preds = %14, %24
  %25 = phi i64 [ %15, %14 ], [ %26, %24 ]
  %26 = add nsw i64 %25, -1
  %27 = and i64 %26, 4294967295
  %28 = getelementptr inbounds [40 x i32], [40 x i32]* @digits, i64 0, i64 %27
  %29 = load i32, i32* %28, align 4, !tbaa !5
  %30 = icmp slt i32 %29, 10
  %31 = select i1 %30, i32 48, i32 87
  %32 = add nsw i32 %29, %31
  tail call void @putch(i32 noundef %32) #3
  %33 = icmp ugt i64 %25, 1
  br i1 %33, label %24, label %34, !llvm.loop !11

34:                                               ; preds = %24, %11, %4
  ret void
}

declare void @putch(i32 noundef) local_unnamed_addr #1

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local i32 @parse_base(i32* nocapture noundef readonly %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #2 {
  %4 = icmp sgt i32 %1, 0
  br i1 %4, label %5, label %10

5:                                                ; preds = %3
  %6 = load i32, i32* %0, align 4, !tbaa !5
  %7 = icmp eq i32 %6, 45
  %8 = zext i1 %7 to i32
  %9 = select i1 %7, i32 -1, i32 1
  br label %10

10:                                               ; preds = %5, %3
  %11 = phi i32 [ 0, %3 ], [ %8, %5 ]
  %12 = phi i32 [ 1, %3 ], [ %9, %5 ]
  %13 = icmp slt i32 %11, %1
  br i1 %13, label %14, label %62

14:                                               ; preds = %10
  %15 = zext i32 %11 to i64
  %16 = zext i32 %1 to i64
  %17 = sub nsw i64 %16, %15
  %18 = xor i64 %15, -1
  %19 = and i64 %17, 1
  %20 = sub nsw i64 0, %16
  %21 = icmp eq i64 %18, %20
  br i1 %21, label %48, label %22

22:                                               ; preds = %14
  %23 = and i64 %17, -2
  br label %24

24:                                               ; preds = %24, %22
  %25 = phi i64 [ %15, %22 ], [ %45, %24 ]
  %26 = phi i32 [ 0, %22 ], [ %44, %24 ]
  %27 = phi i64 [ 0, %22 ], [ %46, %24 ]
  %28 = getelementptr inbounds i32, i32* %0, i64 %25
  %29 = load i32, i32* %28, align 4, !tbaa !5
  %30 = add i32 %29, -48
  %31 = icmp ult i32 %30, 10
  %32 = add nsw i32 %29, -87
  %33 = select i1 %31, i32 %30, i32 %32
  %34 = mul nsw i32 %26, %2
  %35 = add nsw i32 %33, %34
  %36 = add nuw nsw i64 %25, 1
  %37 = getelementptr inbounds i32, i32* %0, i64 %36
  %38 = load i32, i32* %37, align 4, !tbaa !5
  %39 = add i32 %38, -48
  %40 = icmp ult i32 %39, 10
  %41 = add nsw i32 %38, -87
  %42 = select i1 %40, i32 %39, i32 %41
  %43 = mul nsw i32 %35, %2
  %44 = add nsw i32 %42, %43
  %45 = add nuw nsw i64 %25, 2
  %46 = add i64 %27, 2
  %47 = icmp eq i64 %46, %23
  br i1 %47, label %48, label %24, !llvm.loop !12

48:                                               ; preds = %24, %14
  %49 = phi i32 [ undef, %14 ], [ %44, %24 ]
  %50 = phi i64 [ %15, %14 ], [ %45, %24 ]
  %51 = phi i32 [ 0, %14 ], [ %44, %24 ]
  %52 = icmp eq i64 %19, 0
  br i1 %52, label %62, label %53

53:                                               ; preds = %48
  %54 = getelementptr inbounds i32, i32* %0, i64 %50
  %55 = load i32, i32* %54, align 4, !tbaa !5
  %56 = add i32 %55, -48
  %57 = icmp ult i32 %56, 10
  %58 = add nsw i32 %55, -87
  %59 = select i1 %57, i32 %56, i32 %58
  %60 = mul nsw i32 %51, %2
  %61 = add nsw i32 %59, %60
  br label %62

62:                                               ; preds = %53, %48, %10
  %63 = phi i32 [ 0, %10 ], [ %49, %48 ], [ %61, %53 ]
  %64 = mul nsw i32 %63, %12
  ret i32 %64
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %41
  %2 = phi i64 [ 0, %0 ], [ %42, %41 ]
  %3 = getelementptr inbounds [7 x i32], [7 x i32]* @__const.main.values, i64 0, i64 %2
  %4 = load i32, i32* %3, align 4, !tbaa !5
  %5 = sub nsw i32 0, %4
  %6 = trunc i64 %2 to i32
  br label %7

7:                                                ; preds = %1, %38
  %8 = phi i64 [ 0, %1 ], [ %39, %38 ]
  %9 = getelementptr inbounds [4 x i32], [4 x i32]* @__const.main.bases, i64 0, i64 %8
  %10 = load i32, i32* %9, align 4, !tbaa !5
  switch i32 %6, label %13 [
    i32 0, label %11
    i32 3, label %12
  ]

11:                                               ; preds = %7
  tail call void @putch(i32 noundef 48) #3
  br label %38

12:                                               ; preds = %7
  tail call void @putch(i32 noundef 45) #3
  br label %13

13:                                               ; preds = %7, %12
  %14 = phi i32 [ %5, %12 ], [ %4, %7 ]
  br label %20

15:                                               ; preds = %20
  %16 = trunc i64 %26 to i32
  %17 = icmp sgt i32 %16, 0
  br i1 %17, label %18, label %38

18:                                               ; preds = %15
  %19 = and i64 %26, 4294967295
  br label %28

20:                                               ; preds = %13, %20
  %21 = phi i64 [ %26, %20 ], [ 0, %13 ]
  %22 = phi i32 [ %25, %20 ], [ %14, %13 ]
  %23 = srem i32 %22, %10
  %24 = getelementptr inbounds [40 x i32], [40 x i32]* @digits, i64 0, i64 %21
  store i32 %23, i32* %24, align 4, !tbaa !5
  %25 = sdiv i32 %22, %10
  %26 = add nuw i64 %21, 1
  %27 = icmp sgt i32 %25, 0
  br i1 %27, label %20, label %15, !llvm.loop !9

28:                                               ; preds = %28, %18
  %29 = phi i64 [ %19, %18 ], [ %30, %28 ]
  %30 = add nsw i64 %29, -1
  %31 = and i64 %30, 4294967295
  %32 = getelementptr inbounds [40 x i32], [40 x i32]* @digits, i64 0, i64 %31
  %33 = load i32, i32* %32, align 4, !tbaa !5
  %34 = icmp slt i32 %33, 10
  %35 = select i1 %34, i32 48, i32 87
  %36 = add nsw i32 %35, %33
  tail call void @putch(i32 noundef %36) #3
  %37 = icmp ugt i64 %29, 1
  br i1 %37, label %28, label %38, !llvm.loop !11

38:                                               ; preds = %28, %11, %15
  tail call void @putch(i32 noundef 32) #3
  %39 = add nuw nsw i64 %8, 1
  %40 = icmp eq i64 %39, 4
  br i1 %40, label %41, label %7, !llvm.loop !13

41:                                               ; preds = %38
  tail call void @putch(i32 noundef 10) #3
  %42 = add nuw nsw i64 %2, 1
  %43 = icmp eq i64 %42, 7
  br i1 %43, label %44, label %1, !llvm.loop !14

44:                                               ; preds = %41
  tail call void @putint(i32 noundef -60420826) #3
  tail call void @putch(i32 noundef 10) #3
  tail call void @putint(i32 noundef 32767) #3
  tail call void @putch(i32 noundef 10) #3
  ret i32 255
}

declare void @putint(i32 noundef) local_unnamed_addr #1

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

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
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
