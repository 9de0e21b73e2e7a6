; ModuleID = 'perf_nqueens_count.sy'
source_filename = "perf_nqueens_count.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@cols = dso_local local_unnamed_addr global [16 x i32] zeroinitializer, align 16
@d1 = dso_local local_unnamed_addr global [32 x i32] zeroinitializer, align 16
@d2 = dso_local local_unnamed_addr global [32 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [15 x i8] c"%d-queens: %d\0A\00", align 1

; Function Attrs: mustprogress nofree norecurse nosync nounwind readonly uwtable willreturn
define dso_local i32 @is_free(i32 noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = sext i32 %1 to i64
  %5 = getelementptr inbounds [16 x i32], [16 x i32]* @cols, i64 0, i64 %4
  %6 = load i32, i32* %5, align 4, !tbaa !5
  %7 = icmp eq i32 %6, 0
  br i1 %7, label %8, label %22

8:                                                ; preds = %3
  %9 = add nsw i32 %1, %0
  %10 = sext i32 %9 to i64
  %11 = getelementptr inbounds [32 x i32], [32 x i32]* @d1, i64 0, i64 %10
  %12 = load i32, i32* %11, align 4, !tbaa !5
  %13 = icmp eq i32 %12, 0
  br i1 %13, label %14, label %22

14:                                               ; preds = %8
  %15 = sub i32 %0, %1
  %16 = add nsw i32 %15, %2
  %17 = sext i32 %16 to i64
  %18 = getelementptr inbounds [32 x i32], [32 x i32]* @d2, i64 0, i64 %17
  %19 = load i32, i32* %18, align 4, !tbaa !5
  %20 = icmp eq i32 %19, 0
  %21 = zext i1 %20 to i32
  br label %22

22:                                               ; preds = %14, %8, %3
  %23 = phi i32 [ 0, %8 ], [ 0, %3 ], [ %21, %14 ]
  ret i32 %23
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind uwtable willreturn writeonly
define dso_local void @occupy(i32 noundef %0, i32 noundef %1, i32 noundef %2, i32 noundef %3) local_unnamed_addr #1 {
  %5 = sext i32 %1 to i64
  %6 = getelementptr inbounds [16 x i32], [16 x i32]* @cols, i64 0, i64 %5
  store i32 %3, i32* %6, align 4, !tbaa !5
  %7 = add nsw i32 %1, %0
  %8 = sext i32 %7 to i64
  %9 = getelementptr inbounds [32 x i32], [32 x i32]* @d1, i64 0, i64 %8
  store i32 %3, i32* %9, align 4, !tbaa !5
  %10 = sub i32 %0, %1
  %11 = add nsw i32 %10, %2
  %12 = sext i32 %11 to i64
  %13 = getelementptr inbounds [32 x i32], [32 x i32]* @d2, i64 0, i64 %12
  store i32 %3, i32* %13, align 4, !tbaa !5
  ret void
}

; Function Attrs: nofree nosync nounwind uwtable
define dso_local i32 @solve(i32 noundef %0, i32 noundef %1) local_unnamed_addr #2 {
  %3 = icmp eq i32 %0, %1
  br i1 %3, label %38, label %4

4:                                                ; preds = %2
  %5 = icmp sgt i32 %1, 0
  br i1 %5, label %6, label %38

6:                                                ; preds = %4
  %7 = add i32 %1, %0
  %8 = add nsw i32 %0, 1
  %9 = sext i32 %0 to i64
  %10 = zext i32 %1 to i64
  br label %11

11:                                               ; preds = %6, %33
  %12 = phi i64 [ 0, %6 ], [ %35, %33 ]
  %13 = phi i64 [ 0, %6 ], [ %36, %33 ]
  %14 = phi i32 [ 0, %6 ], [ %34, %33 ]
  %15 = getelementptr inbounds [16 x i32], [16 x i32]* @cols, i64 0, i64 %12
  %16 = load i32, i32* %15, align 4, !tbaa !5
  %17 = icmp eq i32 %16, 0
  br i1 %17, label %18, label %33

18:                                               ; preds = %11
  %19 = add nsw i64 %12, %9
  %20 = getelementptr inbounds [32 x i32], [32 x i32]* @d1, i64 0, i64 %19
  %21 = load i32, i32* %20, align 4, !tbaa !5
  %22 = icmp eq i32 %21, 0
  br i1 %22, label %23, label %33

23:                                               ; preds = %18
  %24 = trunc i64 %13 to i32
  %25 = add i32 %7, %24
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [32 x i32], [32 x i32]* @d2, i64 0, i64 %26
  %28 = load i32, i32* %27, align 4, !tbaa !5
  %29 = icmp eq i32 %28, 0
  br i1 %29, label %30, label %33

30:                                               ; preds = %23
  store i32 1, i32* %15, align 4, !tbaa !5
  store i32 1, i32* %20, align 4, !tbaa !5
  store i32 1, i32* %27, align 4, !tbaa !5
  %31 = tail call i32 @solve(i32 noundef %8, i32 noundef %1)
  %32 = add nsw i32 %31, %14
  store i32 0, i32* %15, align 4, !tbaa !5
  store i32 0, i32* %20, align 4, !tbaa !5
  store i32 0, i32* %27, align 4, !tbaa !5
  br label %33

33:                                               ; preds = %11, %18, %30, %23
  %34 = phi i32 [ %32, %30 ], [ %14, %23 ], [ %14, %18 ], [ %14, %11 ]
  %35 = add nuw nsw i64 %12, 1
  %36 = add nsw i64 %13, -1
  %37 = icmp eq i64 %35, %10
  br i1 %37, label %38, label %11, !llvm.loop !9

38:                                               ; preds = %33, %4, %2
  %39 = phi i32 [ 1, %2 ], [ 0, %4 ], [ %34, %33 ]
  ret i32 %39
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #3 {
  %1 = tail call i32 @getint() #5
  %2 = tail call i32 @getint() #5
  tail call void @starttime() #5
  %3 = icmp sgt i32 %1, %2
  br i1 %3, label %13, label %4

4:                                                ; preds = %0, %4
  %5 = phi i32 [ %9, %4 ], [ %1, %0 ]
  %6 = phi i32 [ %8, %4 ], [ 0, %0 ]
  %7 = tail call i32 @solve(i32 noundef 0, i32 noundef %5)
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([15 x i8], [15 x i8]* @.str, i64 0, i64 0), i32 noundef %5, i32 noundef %7) #5
  %8 = add nsw i32 %7, %6
  %9 = add i32 %5, 1
  %10 = icmp eq i32 %5, %2
  br i1 %10, label %11, label %4, !llvm.loop !11

11:                                               ; preds = %4
  %12 = srem i32 %8, 256
  br label %13

13:                                               ; preds = %11, %0
  %14 = phi i32 [ 0, %0 ], [ %12, %11 ]
  tail call void @stoptime() #5
  ret i32 %14
}

declare i32 @getint() local_unnamed_addr #4

declare void @starttime() local_unnamed_addr #4

declare void @putf(i8* noundef, ...) local_unnamed_addr #4

declare void @stoptime() local_unnamed_addr #4

attributes #0 = { mustprogress nofree norecurse nosync nounwind readonly uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind uwtable willreturn writeonly "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nofree nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #5 = { nounwind }

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
