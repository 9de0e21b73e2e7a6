; ModuleID = 'func_big_factorial_digits.sy'
source_filename = "func_big_factorial_digits.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@limbs = dso_local local_unnamed_addr global [200 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [23 x i8] c"limbs=%d digit_sum=%d\0A\00", align 1

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @mul_small(i32 noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %0, 0
  br i1 %3, label %4, label %31

4:                                                ; preds = %2
  %5 = zext i32 %0 to i64
  br label %10

6:                                                ; preds = %10
  %7 = icmp sgt i32 %16, 9999
  br i1 %7, label %8, label %31

8:                                                ; preds = %6
  %9 = sext i32 %0 to i64
  br label %21

10:                                               ; preds = %4, %10
  %11 = phi i64 [ 0, %4 ], [ %19, %10 ]
  %12 = phi i32 [ 0, %4 ], [ %18, %10 ]
  %13 = getelementptr inbounds [200 x i32], [200 x i32]* @limbs, i64 0, i64 %11
  %14 = load i32, i32* %13, align 4, !tbaa !5
  %15 = mul nsw i32 %14, %1
  %16 = add nsw i32 %15, %12
  %17 = srem i32 %16, 10000
  store i32 %17, i32* %13, align 4, !tbaa !5
  %18 = sdiv i32 %16, 10000
  %19 = add nuw nsw i64 %11, 1
  %20 = icmp eq i64 %19, %5
  br i1 %20, label %6, label %10, !llvm.loop !9

21:                                               ; preds = %8, %21
  %22 = phi i64 [ %9, %8 ], [ %27, %21 ]
  %23 = phi i32 [ %18, %8 ], [ %26, %21 ]
  %24 = urem i32 %23, 10000
  %25 = getelementptr inbounds [200 x i32], [200 x i32]* @limbs, i64 0, i64 %22
  store i32 %24, i32* %25, align 4, !tbaa !5
  %26 = udiv i32 %23, 10000
  %27 = add i64 %22, 1
  %28 = icmp ult i32 %23, 10000
  br i1 %28, label %29, label %21, !llvm.loop !11

29:                                               ; preds = %21
  %30 = trunc i64 %27 to i32
  br label %31

31:                                               ; preds = %2, %29, %6
  %32 = phi i32 [ %0, %6 ], [ %30, %29 ], [ %0, %2 ]
  ret i32 %32
}

; Function Attrs: nounwind uwtable
define dso_local void @print_number(i32 noundef %0) local_unnamed_addr #1 {
  %2 = add nsw i32 %0, -1
  %3 = sext i32 %2 to i64
  %4 = getelementptr inbounds [200 x i32], [200 x i32]* @limbs, i64 0, i64 %3
  %5 = load i32, i32* %4, align 4, !tbaa !5
  tail call void @putint(i32 noundef %5) #4
  %6 = icmp sgt i32 %0, 1
  br i1 %6, label %7, label %23

7:                                                ; preds = %1
  %8 = add nsw i32 %0, -2
  %9 = zext i32 %8 to i64
  br label %10

10:                                               ; preds = %7, %20
  %11 = phi i64 [ %9, %7 ], [ %21, %20 ]
  %12 = getelementptr inbounds [200 x i32], [200 x i32]* @limbs, i64 0, i64 %11
  %13 = load i32, i32* %12, align 4, !tbaa !5
  %14 = icmp slt i32 %13, 1000
  br i1 %14, label %15, label %20

15:                                               ; preds = %10
  tail call void @putch(i32 noundef 48) #4
  %16 = icmp slt i32 %13, 100
  br i1 %16, label %17, label %20

17:                                               ; preds = %15
  tail call void @putch(i32 noundef 48) #4
  %18 = icmp slt i32 %13, 10
  br i1 %18, label %19, label %20

19:                                               ; preds = %17
  tail call void @putch(i32 noundef 48) #4
  br label %20

20:                                               ; preds = %10, %15, %19, %17
  tail call void @putint(i32 noundef %13) #4
  %21 = add nsw i64 %11, -1
  %22 = icmp sgt i64 %11, 0
  br i1 %22, label %10, label %23, !llvm.loop !12

23:                                               ; preds = %20, %1
  tail call void @putch(i32 noundef 10) #4
  ret void
}

declare void @putint(i32 noundef) local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local i32 @digit_sum(i32 noundef %0) local_unnamed_addr #3 {
  %2 = icmp sgt i32 %0, 0
  br i1 %2, label %3, label %22

3:                                                ; preds = %1
  %4 = zext i32 %0 to i64
  br label %5

5:                                                ; preds = %3, %18
  %6 = phi i64 [ 0, %3 ], [ %20, %18 ]
  %7 = phi i32 [ 0, %3 ], [ %19, %18 ]
  %8 = getelementptr inbounds [200 x i32], [200 x i32]* @limbs, i64 0, i64 %6
  %9 = load i32, i32* %8, align 4, !tbaa !5
  %10 = icmp sgt i32 %9, 0
  br i1 %10, label %11, label %18

11:                                               ; preds = %5, %11
  %12 = phi i32 [ %16, %11 ], [ %9, %5 ]
  %13 = phi i32 [ %15, %11 ], [ %7, %5 ]
  %14 = urem i32 %12, 10
  %15 = add nsw i32 %14, %13
  %16 = udiv i32 %12, 10
  %17 = icmp ult i32 %12, 10
  br i1 %17, label %18, label %11, !llvm.loop !13

18:                                               ; preds = %11, %5
  %19 = phi i32 [ %7, %5 ], [ %15, %11 ]
  %20 = add nuw nsw i64 %6, 1
  %21 = icmp eq i64 %20, %4
  br i1 %21, label %22, label %5, !llvm.loop !14

22:                                               ; preds = %18, %1
  %23 = phi i32 [ 0, %1 ], [ %19, %18 ]
  ret i32 %23
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  %1 = tail call i32 @getint() #4
  store i32 1, i32* getelementptr inbounds ([200 x i32], [200 x i32]* @limbs, i64 0, i64 0), align 16, !tbaa !5
  %2 = icmp slt i32 %1, 2
  br i1 %2, label %3, label %4

3:                                                ; preds = %0
  tail call void @print_number(i32 noundef 1)
  br label %41

4:                                                ; preds = %0, %35
  %5 = phi i32 [ %36, %35 ], [ 1, %0 ]
  %6 = phi i32 [ %37, %35 ], [ 2, %0 ]
  %7 = icmp sgt i32 %5, 0
  br i1 %7, label %8, label %35

8:                                                ; preds = %4
  %9 = zext i32 %5 to i64
  br label %14

10:                                               ; preds = %14
  %11 = icmp sgt i32 %20, 9999
  br i1 %11, label %12, label %35

12:                                               ; preds = %10
  %13 = sext i32 %5 to i64
  br label %25

14:                                               ; preds = %14, %8
  %15 = phi i64 [ 0, %8 ], [ %23, %14 ]
  %16 = phi i32 [ 0, %8 ], [ %22, %14 ]
  %17 = getelementptr inbounds [200 x i32], [200 x i32]* @limbs, i64 0, i64 %15
  %18 = load i32, i32* %17, align 4, !tbaa !5
  %19 = mul nsw i32 %18, %6
  %20 = add nsw i32 %19, %16
  %21 = srem i32 %20, 10000
  store i32 %21, i32* %17, align 4, !tbaa !5
  %22 = sdiv i32 %20, 10000
  %23 = add nuw nsw i64 %15, 1
  %24 = icmp eq i64 %23, %9
  br i1 %24, label %10, label %14, !llvm.loop !9

25:                                               ; preds = %25, %12
  %26 = phi i64 [ %13, %12 ], [ %31, %25 ]
  %27 = phi i32 [ %22, %12 ], [ %30, %25 ]
  %28 = urem i32 %27, 10000
  %29 = getelementptr inbounds [200 x i32], [200 x i32]* @limbs, i64 0, i64 %26
  store i32 %28, i32* %29, align 4, !tbaa !5
  %30 = udiv i32 %27, 10000
  %31 = add i64 %26, 1
  %32 = icmp ult i32 %27, 10000
  br i1 %32, label %33, label %25, !llvm.loop !11

33:                                               ; preds = %25
  %34 = trunc i64 %31 to i32
  br label %35

35:                                               ; preds = %4, %10, %33
  %36 = phi i32 [ %5, %10 ], [ %34, %33 ], [ %5, %4 ]
  %37 = add nuw i32 %6, 1
  %38 = icmp eq i32 %6, %1
  br i1 %38, label %39, label %4, !llvm.loop !15

39:                                               ; preds = %35
  tail call void @print_number(i32 noundef %36)
  %40 = icmp sgt i32 %36, 0
  br i1 %40, label %41, label %61

41:                                               ; preds = %3, %39
  %42 = phi i32 [ 1, %3 ], [ %36, %39 ]
  %43 = zext i32 %42 to i64
  br label %44

44:                                               ; preds = %57, %41
  %45 = phi i64 [ 0, %41 ], [ %59, %57 ]
  %46 = phi i32 [ 0, %41 ], [ %58, %57 ]
  %47 = getelementptr inbounds [200 x i32], [200 x i32]* @limbs, i64 0, i64 %45
  %48 = load i32, i32* %47, align 4, !tbaa !5
  %49 = icmp sgt i32 %48, 0
  br i1 %49, label %50, label %57

50:                                               ; preds = %44, %50
  %51 = phi i32 [ %55, %50 ], [ %48, %44 ]
  %52 = phi i32 [ %54, %50 ], [ %46, %44 ]
  %53 = urem i32 %51, 10
  %54 = add nsw i32 %53, %52
  %55 = udiv i32 %51, 10
  %56 = icmp ult i32 %51, 10
  br i1 %56, label %57, label %50, !llvm.loop !13

57:                                               ; preds = %50, %44
  %58 = phi i32 [ %46, %44 ], [ %54, %50 ]
  %59 = add nuw nsw i64 %45, 1
  %60 = icmp eq i64 %59, %43
  br i1 %60, label %61, label %44, !llvm.loop !14

61:                                               ; preds = %57, %39
  %62 = phi i32 [ %36, %39 ], [ %42, %57 ]
  %63 = phi i32 [ 0, %39 ], [ %58, %57 ]
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([23 x i8], [23 x i8]* @.str, i64 0, i64 0), i32 noundef %62, i32 noundef %63) #4
  %64 = srem i32 %63, 256
  ret i32 %64
}

declare i32 @getint() local_unnamed_addr #2

declare void @putf(i8* noundef, ...) local_unnamed_addr #2

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
!15 = distinct !{!15, !10}
