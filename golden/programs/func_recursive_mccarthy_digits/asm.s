	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"func_recursive_mccarthy_digits.sy"
	.globl	mc91                            # -- Begin function mc91
	.p2align	1
	.type	mc91,@function
mc91:                                   # @mc91
# %bb.0:
	addi	sp, sp, -16
	sd	ra, 8(sp)                       # 8-byte Folded Spill
	sd	s0, 0(sp)                       # 8-byte Folded Spill
	li	s0, 100
	blt	s0, a0, .LBB0_2
.LBB0_1:                                # =>This Inner Loop Header: Depth=1
	addiw	a0, a0, 11
	call	mc91
	bgeu	s0, a0, .LBB0_1
.LBB0_2:
	addiw	a0, a0, -10
	ld	ra, 8(sp)                       # 8-byte Folded Reload
	ld	s0, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end0:
	.size	mc91, .Lfunc_end0-mc91
                                        # -- End function
	.globl	digital_root                    # -- Begin function digital_root
	.p2align	1
	.type	digital_root,@function
digital_root:                           # @digital_root
# %bb.0:
	li	a2, 10
	bge	a0, a2, .LBB1_2
# %bb.1:
	mv	a1, a0
	j	.LBB1_5
.LBB1_2:
	li	a4, 0
	lui	a1, 838861
	addiw	a1, a1, -819
	slli	a6, a1, 32
.LBB1_3:                                # =>This Inner Loop Header: Depth=1
	sext.w	a5, a0
	slli	a1, a0, 32
	mulhu	a1, a1, a6
	srli	a3, a1, 35
	mulw	a1, a3, a2
	subw	a0, a0, a1
	addw	a1, a4, a0
	mv	a4, a1
	mv	a0, a3
	bgeu	a5, a2, .LBB1_3
# %bb.4:                                #   in Loop: Header=BB1_3 Depth=1
	li	a4, 0
	mv	a0, a1
	bgeu	a1, a2, .LBB1_3
.LBB1_5:
	mv	a0, a1
	ret
.Lfunc_end1:
	.size	digital_root, .Lfunc_end1-digital_root
                                        # -- End function
	.globl	parity                          # -- Begin function parity
	.p2align	1
	.type	parity,@function
parity:                                 # @parity
# %bb.0:
	beqz	a0, .LBB2_3
# %bb.1:
	li	a2, 1
.LBB2_2:                                # =>This Inner Loop Header: Depth=1
	addiw	a0, a0, -1
	subw	a1, a2, a1
	bnez	a0, .LBB2_2
.LBB2_3:
	seqz	a0, a1
	ret
.Lfunc_end2:
	.size	parity, .Lfunc_end2-parity
                                        # -- End function
	.globl	catalan                         # -- Begin function catalan
	.p2align	1
	.type	catalan,@function
catalan:                                # @catalan
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
	sd	s1, 24(sp)                      # 8-byte Folded Spill
	sd	s2, 16(sp)                      # 8-byte Folded Spill
	sd	s3, 8(sp)                       # 8-byte Folded Spill
	mv	s2, a0
	li	a0, 2
	li	s1, 1
	blt	s2, a0, .LBB3_3
# %bb.1:
	li	s0, 0
	li	s1, 0
.LBB3_2:                                # =>This Inner Loop Header: Depth=1
	mv	a0, s0
	call	catalan
	mv	s3, a0
	not	a0, s0
	addw	a0, a0, s2
	call	catalan
	mulw	a0, a0, s3
	addiw	s0, s0, 1
	addw	s1, s1, a0
	blt	s0, s2, .LBB3_2
.LBB3_3:
	mv	a0, s1
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end3:
	.size	catalan, .Lfunc_end3-catalan
                                        # -- End function
	.globl	binom                           # -- Begin function binom
	.p2align	1
	.type	binom,@function
binom:                                  # @binom
# %bb.0:
	addi	sp, sp, -48
	sd	ra, 40(sp)                      # 8-byte Folded Spill
	sd	s0, 32(sp)                      # 8-byte Folded Spill
	sd	s1, 24(sp)                      # 8-byte Folded Spill
	sd	s2, 16(sp)                      # 8-byte Folded Spill
	sd	s3, 8(sp)                       # 8-byte Folded Spill
	mv	s2, a1
	mv	s1, a0
	seqz	a0, a1
	xor	a1, a1, s1
	seqz	a1, a1
	or	a1, a1, a0
	li	a0, 1
	bnez	a1, .LBB4_4
# %bb.1:
	li	s0, 0
	addiw	s3, s2, -1
.LBB4_2:                                # =>This Inner Loop Header: Depth=1
	addiw	s1, s1, -1
	mv	a0, s1
	mv	a1, s3
	call	binom
	addw	s0, s0, a0
	bne	s1, s2, .LBB4_2
# %bb.3:
	addiw	a0, s0, 1
.LBB4_4:
	ld	ra, 40(sp)                      # 8-byte Folded Reload
	ld	s0, 32(sp)                      # 8-byte Folded Reload
	ld	s1, 24(sp)                      # 8-byte Folded Reload
	ld	s2, 16(sp)                      # 8-byte Folded Reload
	ld	s3, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 48
	ret
.Lfunc_end4:
	.size	binom, .Lfunc_end4-binom
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -16
	sd	ra, 8(sp)                       # 8-byte Folded Spill
	sd	s0, 0(sp)                       # 8-byte Folded Spill
	li	a0, 80
	call	mc91
	mv	s0, a0
	li	a0, 85
	call	mc91
	addw	s0, s0, a0
	li	a0, 90
	call	mc91
	addw	s0, s0, a0
	li	a0, 95
	call	mc91
	addw	s0, s0, a0
	li	a0, 100
	call	mc91
	addw	s0, s0, a0
	li	a0, 105
	call	mc91
	addw	s0, s0, a0
	li	a0, 110
	call	mc91
	addw	a0, a0, s0
	call	putint@plt
	li	a0, 10
	li	s0, 10
	call	putch@plt
	li	a2, 0
	lui	a0, 241127
	addiw	a3, a0, -1871
	lui	a0, 838861
	addiw	a0, a0, -819
	slli	a1, a0, 32
.LBB5_1:                                # =>This Inner Loop Header: Depth=1
	mv	a4, a3
	slli	a0, a3, 32
	mulhu	a0, a0, a1
	srli	a3, a0, 35
	mulw	a0, a3, s0
	subw	a0, a4, a0
	addw	a0, a0, a2
	mv	a2, a0
	bgeu	a4, s0, .LBB5_1
# %bb.2:                                #   in Loop: Header=BB5_1 Depth=1
	li	a2, 0
	mv	a3, a0
	bgeu	a0, s0, .LBB5_1
# %bb.3:
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a3, 0
	li	a4, 38
	lui	a0, 838861
	addiw	a0, a0, -819
	slli	a1, a0, 32
	li	a2, 10
.LBB5_4:                                # =>This Inner Loop Header: Depth=1
	mv	a5, a4
	slli	a0, a4, 32
	mulhu	a0, a0, a1
	srli	a4, a0, 35
	mulw	a0, a4, a2
	subw	a0, a5, a0
	addw	a0, a0, a3
	mv	a3, a0
	bgeu	a5, a2, .LBB5_4
# %bb.5:                                #   in Loop: Header=BB5_4 Depth=1
	li	a3, 0
	mv	a4, a0
	bgeu	a0, a2, .LBB5_4
# %bb.6:
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 0
	call	putint@plt
	li	a0, 1
	call	putint@plt
	li	a0, 1
	call	putint@plt
	li	a0, 10
	call	putch@plt
	li	a0, 0
	call	catalan
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 1
	call	catalan
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 2
	call	catalan
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 3
	call	catalan
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 4
	call	catalan
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 5
	call	catalan
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 6
	call	catalan
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 7
	call	catalan
	mv	s0, a0
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 8
	call	catalan
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 9
	call	catalan
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 10
	call	catalan
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 11
	call	catalan
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 12
	call	catalan
	call	putint@plt
	li	a0, 32
	call	putch@plt
	li	a0, 10
	call	putch@plt
	li	a0, 16
	li	a1, 8
	call	binom
	call	putint@plt
	li	a0, 10
	call	putch@plt
	sraiw	a0, s0, 31
	srliw	a0, a0, 24
	add	a0, a0, s0
	andi	a0, a0, -256
	subw	a0, s0, a0
	ld	ra, 8(sp)                       # 8-byte Folded Reload
	ld	s0, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end5:
	.size	main, .Lfunc_end5-main
                                        # -- End function
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
